namespace Hub.Grains.Sessions;

[GenerateSerializer, Immutable, Alias("Hub.JoinReceipt")]
public sealed record JoinReceipt(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string DisplayName);
