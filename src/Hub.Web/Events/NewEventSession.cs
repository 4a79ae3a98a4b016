using Hub.Grains.Sessions;

namespace Hub.Web.Events;

/// <summary>A live session to open on an event's agenda, in a track of its own when sessions run side by side.</summary>
internal sealed record NewEventSession(Guid ChallengeId, string Title, string? Track, SessionSettings? Settings, bool Anonymous = false);
