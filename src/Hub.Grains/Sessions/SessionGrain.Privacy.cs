namespace Hub.Grains.Sessions;

/// <summary>A participant's own data: a copy to take away, and taking it back.</summary>
public sealed partial class SessionGrain
{
    public async Task<bool> Purge(DateTimeOffset openedBefore)
    {
        if (State.Info is not { } info || info.OpenedAt >= openedBefore)
        {
            return false;
        }

        // From here on the session refuses every call, so that nothing is written behind the purge.
        _purging = true;
        while (_snapshotWrite is { } running)
        {
            await running;
        }

        // What points at the session goes first, so that a purge that fails half-way is tried again whole.
        await GrainFactory.GetGrain<JoinCodes.IJoinCodeGrain>(info.JoinCode).Release(this.GetPrimaryKey());
        await GrainFactory.GetGrain<Challenges.IChallengeGrain>(info.ChallengeId).RemoveSession(this.GetPrimaryKey());
        var grainId = this.GetGrainId();
        await _journal.TruncateAsync(grainId, long.MaxValue);
        await _snapshots.ClearStateAsync(StateName, grainId, new GrainState<SessionState>(_state) { ETag = _snapshotETag, RecordExists = _snapshotExists });
        await GrainFactory.GetGrain<ISessionDirectoryGrain>(0).Remove(this.GetPrimaryKey());

        // Nothing of it stays in memory either; the next call finds no session.
        _state = new SessionState();
        _published = new SessionState();
        DeactivateOnIdle();
        return true;
    }

    public Task<ParticipantExport> ExportParticipant(Guid participantId)
    {
        RequireOpen();

        // Someone a moderator removed keeps the right to their data.
        var participant = RequireParticipant(participantId, evenIfRemoved: true);
        var ideas = State.Ideas.Values
            .Where(i => i.AuthorId == participantId)
            .OrderBy(i => i.Ordinal)
            .Select(i => new ExportedIdea(i.Id, i.Text, i.PostedAt, i.Hidden))
            .ToArray();
        var votes = participant.Votes
            .Where(v => State.Ideas.ContainsKey(v.Key))
            .Select(v => new ExportedVote(v.Key, State.Ideas[v.Key].Text, v.Value))
            .ToArray();
        var reported = State.Ideas.Values.Where(i => i.ReportedBy.Contains(participantId)).Select(i => i.Id).ToArray();
        var comments = State.Comments.Values
            .Where(c => c.AuthorId == participantId)
            .OrderBy(c => c.Ordinal)
            .Select(c => new ExportedComment(c.Id, c.IdeaId, c.Text, c.PostedAt, c.Hidden))
            .ToArray();
        return Task.FromResult(new ParticipantExport(State.Info!.Title, participant.DisplayName, participant.JoinedAt, ideas, votes, reported, comments));
    }

    /// <summary>
    /// Erases a participant's part in the session: ideas nobody else built on are deleted; those
    /// others voted for or grouped stay, with no author; comments, votes and the name go. Works in any phase,
    /// a closed session too, since the right to erasure does not wait for a moderator.
    /// </summary>
    public async Task EraseParticipant(Guid participantId)
    {
        RequireOpen();
        var participant = RequireParticipant(participantId, evenIfRemoved: true);
        var own = State.Ideas.Values.Where(i => i.AuthorId == participantId).ToArray();
        var builtOn = own.Where(i => i.GroupId is not null || i.Votes > participant.Votes.GetValueOrDefault(i.Id)).Select(i => i.Id).ToArray();
        var deleted = own.Select(i => i.Id).Except(builtOn).ToArray();
        var votedOn = participant.Votes.Keys.Except(deleted).ToArray();

        // Comments on deleted ideas go with them; clients drop those when the idea goes.
        var deletedComments = State.Comments.Values.Where(c => c.AuthorId == participantId && !deleted.Contains(c.IdeaId)).Select(c => c.Id).ToArray();
        Record(new SessionChange.ParticipantErased(participantId, deleted, builtOn));
        foreach (var commentId in deletedComments)
        {
            Emit(new CommentDeleted(0, commentId));
        }

        foreach (var ideaId in deleted)
        {
            Emit(new IdeaDeleted(0, ideaId));
        }

        if (builtOn.Length > 0)
        {
            Emit(new IdeasAnonymised(0, builtOn));
        }

        foreach (var ideaId in votedOn)
        {
            _votesChanged.Add(ideaId);
        }

        MarkPresence(changed: true);
        await CommitAsync();

        // The journal still holds the erased name and ideas in the entries that added them.
        if (!await CompactAsync())
        {
            throw new RuleException(ErrorCodes.StorageUnavailable, "Your part is erased from the session, but not yet from its storage. Try again.");
        }
    }
}
