namespace Hub.Grains.Sessions;

/// <summary>A participant's data: handing it over, erasing it; and when the whole session is due to go.</summary>
internal sealed class ErasureRules(SessionChecks checks, ISessionLedger ledger)
{
    private SessionState State => checks.State;

    public ParticipantExport ExportParticipant(Guid participantId)
    {
        checks.RequireOpen();

        // Someone a moderator removed keeps the right to their data.
        return SessionViews.Export(State, checks.RequireParticipant(participantId, evenIfRemoved: true));
    }

    /// <summary>
    /// Erases a participant's part in the session: ideas nobody else built on are deleted; those
    /// others voted for or grouped stay, with no author; comments, votes and the name go. Works in any phase,
    /// a closed session too, since the right to erasure does not wait for a moderator.
    /// </summary>
    public void EraseParticipant(Guid participantId)
    {
        checks.RequireOpen();
        var participant = checks.RequireParticipant(participantId, evenIfRemoved: true);
        var own = State.Ideas.Values.Where(i => i.AuthorId == participantId).ToArray();
        var builtOn = own.Where(i => i.GroupId is not null || i.Votes > participant.Votes.GetValueOrDefault(i.Id)).Select(i => i.Id).ToArray();
        var deleted = own.Select(i => i.Id).Except(builtOn).ToArray();
        var votedOn = participant.Votes.Keys.Except(deleted).ToArray();

        // Comments on deleted ideas go with them; clients drop those when the idea goes.
        var deletedComments = State.Comments.Values.Where(c => c.AuthorId == participantId && !deleted.Contains(c.IdeaId)).Select(c => c.Id).ToArray();
        checks.Record(new SessionChange.ParticipantErased(participantId, deleted, builtOn));
        foreach (var commentId in deletedComments)
        {
            ledger.Emit(new CommentDeleted(0, commentId));
        }

        foreach (var ideaId in deleted)
        {
            ledger.Emit(new IdeaDeleted(0, ideaId));
        }

        if (builtOn.Length > 0)
        {
            ledger.Emit(new IdeasAnonymised(0, builtOn));
        }

        foreach (var ideaId in votedOn)
        {
            ledger.VotesChanged(ideaId);
        }

        ledger.PresenceChanged();
    }

    /// <summary>The session to delete, if it opened before <paramref name="openedBefore"/>.</summary>
    public SessionInfo? PurgeDue(DateTimeOffset openedBefore) =>
        State.Info is { } info && info.OpenedAt < openedBefore ? info : null;
}
