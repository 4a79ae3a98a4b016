namespace Hub.LoadTest.Protocol;

public sealed record WireVoteReceipt(Guid IdeaId, int YourVotesOnIdea, int VotesLeft);
