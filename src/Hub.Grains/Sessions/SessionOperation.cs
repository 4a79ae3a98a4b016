namespace Hub.Grains.Sessions;

/// <summary>The writes a participant may repeat: a double tap, or a retry after a dropped connection.</summary>
public enum SessionOperationKind
{
    PostIdea,
    PostComment,
    CastVote,
    RetractVote,
    ReportIdea,
}

/// <summary>
/// A participant's write as the session answered it, kept under the operation id the client chose,
/// so that the same id again gets the same answer and changes nothing.
/// </summary>
/// <param name="TargetId">The idea the call named; empty for a new idea.</param>
/// <param name="ResultId">The idea or comment the call created; empty for votes and reports.</param>
/// <param name="Receipt">What a vote or a retraction answered.</param>
[GenerateSerializer, Immutable, Alias("Hub.SessionOperation")]
public sealed record SessionOperation(
    [property: Id(0)] Guid OperationId,
    [property: Id(1)] SessionOperationKind Kind,
    [property: Id(2)] Guid TargetId,
    [property: Id(3)] Guid ResultId,
    [property: Id(4)] VoteReceipt? Receipt);
