using Hub.Grains.Sessions;

namespace Hub.Web.Sessions;

/// <summary>The one session a hub connection is bound to, and as whom.</summary>
internal sealed record SessionBinding(Guid SessionId, SessionActor Actor, SessionRole Role);
