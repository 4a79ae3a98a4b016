namespace Hub.Grains.Sessions;

/// <summary>The voter's own view after a vote or a retraction, acknowledged once durable.</summary>
[GenerateSerializer, Immutable, Alias("Hub.VoteReceipt")]
public sealed record VoteReceipt(
    [property: Id(0)] Guid IdeaId,
    [property: Id(1)] int YourVotesOnIdea,
    [property: Id(2)] int VotesLeft);
