namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task<VoteReceipt> CastVote(Guid participantId, Guid ideaId)
    {
        RequireWritable();
        var participant = RequireParticipant(participantId);
        RequirePhase(SessionPhase.Vote, "vote");
        var idea = RequireVisibleIdea(ideaId);
        if (VotesLeft(participant, State.Settings) == 0)
        {
            throw new RuleException(SessionErrorCodes.VoteBudgetExhausted, $"You have used all {State.Settings.VoteBudget} of your votes.");
        }

        participant.Votes.TryGetValue(ideaId, out var onIdea);
        if (onIdea >= State.Settings.MaxVotesPerIdea)
        {
            throw new RuleException(SessionErrorCodes.VoteCapReached, $"You may give one idea at most {State.Settings.MaxVotesPerIdea} votes.");
        }

        Record(new SessionChange.VoteCast(participantId, idea.Id));
        _votesChanged.Add(ideaId);
        var receipt = new VoteReceipt(ideaId, onIdea + 1, VotesLeft(participant, State.Settings));
        await CommitAsync();
        return receipt;
    }

    public async Task<VoteReceipt> RetractVote(Guid participantId, Guid ideaId)
    {
        RequireWritable();
        var participant = RequireParticipant(participantId);
        RequirePhase(SessionPhase.Vote, "take back votes");
        var idea = RequireIdea(ideaId);
        if (!participant.Votes.TryGetValue(ideaId, out var onIdea) || onIdea == 0)
        {
            throw new RuleException(SessionErrorCodes.NoVoteToRetract, "You have no vote on this idea to take back.");
        }

        Record(new SessionChange.VoteRetracted(participantId, idea.Id));
        _votesChanged.Add(ideaId);
        var receipt = new VoteReceipt(ideaId, onIdea - 1, VotesLeft(participant, State.Settings));
        await CommitAsync();
        return receipt;
    }

    private static int VotesLeft(ParticipantRecord participant, SessionSettings settings) =>
        Math.Max(0, settings.VoteBudget - participant.Votes.Values.Sum());

    private IdeaRecord RequireVisibleIdea(Guid ideaId)
    {
        var idea = RequireIdea(ideaId);
        return IsShown(idea) ? idea : throw new RuleException(SessionErrorCodes.IdeaNotFound, "There is no such idea.");
    }
}
