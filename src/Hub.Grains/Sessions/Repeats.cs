namespace Hub.Grains.Sessions;

/// <summary>
/// A participant's last writes, by the operation id the client chose for each. A repeat is found
/// before any other rule is asked: a retry after a dropped connection may come once the phase has
/// moved on, and must still get the answer the first call got, not a refusal.
/// </summary>
internal sealed class Repeats(SessionChecks checks)
{
    /// <summary>How many writes of each participant are remembered: far more than a retry can lag behind.</summary>
    public const int Remembered = 64;

    /// <summary>The earlier answer to this operation, or null if it is new. An empty id asks for no memory.</summary>
    public static SessionOperation? Find(ParticipantRecord participant, Guid operationId, SessionOperationKind kind, Guid targetId)
    {
        if (operationId == Guid.Empty)
        {
            return null;
        }

        var done = participant.RecentOperations.Find(operation => operation.OperationId == operationId);
        return done is null || (done.Kind == kind && done.TargetId == targetId)
            ? done
            : throw new RuleException(ErrorCodes.InvalidArgument, "This operation id was already used for another action; choose a new one for each action.");
    }

    public void Remember(ParticipantRecord participant, Guid operationId, SessionOperationKind kind, Guid targetId, Guid resultId = default, VoteReceipt? receipt = null)
    {
        if (operationId != Guid.Empty)
        {
            checks.Record(new SessionChange.OperationDone(participant.Id, new SessionOperation(operationId, kind, targetId, resultId, receipt)));
        }
    }
}
