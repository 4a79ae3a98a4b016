namespace Hub.Grains.Sessions;

/// <summary>Votes: each participant spends a budget, with a cap per idea, only in the Vote phase.</summary>
internal sealed class VotingRules(SessionChecks checks, Repeats repeats, ISessionLedger ledger)
{
    private SessionState State => checks.State;

    public static int VotesLeft(ParticipantRecord participant, SessionSettings settings) =>
        Math.Max(0, settings.VoteBudget - participant.Votes.Values.Sum());

    public VoteReceipt CastVote(Guid participantId, Guid ideaId, Guid operationId = default)
    {
        checks.RequireWritable();
        var participant = checks.RequireParticipant(participantId);
        if (Repeats.Find(participant, operationId, SessionOperationKind.CastVote, ideaId) is { Receipt: { } earlier })
        {
            return earlier;
        }

        checks.RequirePhase(SessionPhase.Vote, "vote");
        var idea = checks.RequireVisibleIdea(ideaId);
        if (VotesLeft(participant, State.Settings) == 0)
        {
            throw new RuleException(SessionErrorCodes.VoteBudgetExhausted, $"You have used all {State.Settings.VoteBudget} of your votes.");
        }

        participant.Votes.TryGetValue(ideaId, out var onIdea);
        if (onIdea >= State.Settings.MaxVotesPerIdea)
        {
            throw new RuleException(SessionErrorCodes.VoteCapReached, $"You may give one idea at most {State.Settings.MaxVotesPerIdea} votes.");
        }

        checks.Record(new SessionChange.VoteCast(participantId, idea.Id));
        ledger.VotesChanged(ideaId);
        return Answer(participant, operationId, SessionOperationKind.CastVote, new VoteReceipt(ideaId, onIdea + 1, VotesLeft(participant, State.Settings)));
    }

    public VoteReceipt RetractVote(Guid participantId, Guid ideaId, Guid operationId = default)
    {
        checks.RequireWritable();
        var participant = checks.RequireParticipant(participantId);
        if (Repeats.Find(participant, operationId, SessionOperationKind.RetractVote, ideaId) is { Receipt: { } earlier })
        {
            return earlier;
        }

        checks.RequirePhase(SessionPhase.Vote, "take back votes");
        var idea = checks.RequireIdea(ideaId);
        if (!participant.Votes.TryGetValue(ideaId, out var onIdea) || onIdea == 0)
        {
            throw new RuleException(SessionErrorCodes.NoVoteToRetract, "You have no vote on this idea to take back.");
        }

        checks.Record(new SessionChange.VoteRetracted(participantId, idea.Id));
        ledger.VotesChanged(ideaId);
        return Answer(participant, operationId, SessionOperationKind.RetractVote, new VoteReceipt(ideaId, onIdea - 1, VotesLeft(participant, State.Settings)));
    }

    private VoteReceipt Answer(ParticipantRecord participant, Guid operationId, SessionOperationKind kind, VoteReceipt receipt)
    {
        repeats.Remember(participant, operationId, kind, receipt.IdeaId, receipt: receipt);
        return receipt;
    }
}
