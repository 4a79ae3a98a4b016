namespace Hub.Web.Sessions;

/// <summary>Who a rejoin token says its holder is.</summary>
internal sealed record ParticipantToken(Guid SessionId, Guid ParticipantId);
