namespace Hub.Grains.Sessions;

/// <summary>What participants add: ideas, votes, comments and, where allowed, groups.</summary>
public sealed partial class SessionRules
{
    public IdeaView PostIdea(Guid participantId, string text)
    {
        RequireWritable();
        RequireParticipant(participantId);
        RequirePhase(SessionPhase.Ideate, "post ideas");
        var cleanText = UserText.Require(text, SessionLimits.MaxIdeaLength, "idea");
        if (State.Ideas.Count >= options.MaxIdeas)
        {
            throw new RuleException(ErrorCodes.Full, "The session holds as many ideas as it can.");
        }

        var posted = Record(new SessionChange.IdeaPosted(Guid.NewGuid(), participantId, cleanText, time.GetUtcNow(), State.Settings.HoldIdeasForApproval));
        var view = SessionViews.ToView(State.Ideas[posted.IdeaId], State);
        ledger.Emit(new IdeaPosted(0, view));
        return view;
    }

    public void EditIdea(Guid participantId, Guid ideaId, string text)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var idea = RequireOwnIdea(participantId, ideaId);
        RequirePhase(SessionPhase.Ideate, "edit ideas");
        var edited = Record(new SessionChange.IdeaEdited(idea.Id, UserText.Require(text, SessionLimits.MaxIdeaLength, "idea")));
        ledger.Emit(new IdeaEdited(0, idea.Id, edited.Text));
    }

    public void DeleteIdea(Guid participantId, Guid ideaId)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var idea = RequireOwnIdea(participantId, ideaId);
        RequirePhase(SessionPhase.Ideate, "delete ideas");
        Record(new SessionChange.IdeaDeleted(idea.Id));
        ledger.Emit(new IdeaDeleted(0, idea.Id));
    }

    public VoteReceipt CastVote(Guid participantId, Guid ideaId)
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
        ledger.VotesChanged(ideaId);
        return new VoteReceipt(ideaId, onIdea + 1, VotesLeft(participant, State.Settings));
    }

    public VoteReceipt RetractVote(Guid participantId, Guid ideaId)
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
        ledger.VotesChanged(ideaId);
        return new VoteReceipt(ideaId, onIdea - 1, VotesLeft(participant, State.Settings));
    }

    public CommentView PostComment(Guid participantId, Guid ideaId, string text)
    {
        RequireWritable();
        RequireParticipant(participantId);
        RequireCommentingPhase();
        var idea = RequireVisibleIdea(ideaId);
        var cleanText = UserText.Require(text, SessionLimits.MaxCommentLength, "comment");
        if (State.Comments.Values.Count(c => c.IdeaId == idea.Id) >= SessionLimits.MaxCommentsPerIdea)
        {
            throw new RuleException(ErrorCodes.Full, "This idea has as many comments as it can hold.");
        }

        var posted = Record(new SessionChange.CommentPosted(Guid.NewGuid(), idea.Id, participantId, cleanText, time.GetUtcNow()));
        var view = SessionViews.ToView(State.Comments[posted.CommentId], State);
        ledger.Emit(new CommentPosted(0, view));
        return view;
    }

    /// <summary>Authors take their own comments back; one a moderator hid stays for the moderators to judge.</summary>
    public void DeleteComment(Guid participantId, Guid commentId)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var comment = RequireComment(commentId);
        if (comment.AuthorId != participantId)
        {
            throw new RuleException(SessionErrorCodes.NotAuthor, "Only the author may delete this comment.");
        }

        if (comment.Hidden)
        {
            throw new RuleException(ErrorCodes.Forbidden, "A moderator has hidden this comment.");
        }

        Record(new SessionChange.CommentDeleted(comment.Id));
        ledger.Emit(new CommentDeleted(0, comment.Id));
    }

    /// <summary>Call only with a moderator the grain has checked, or with a participant.</summary>
    public GroupView CreateGroup(SessionActor actor, string name)
    {
        RequireWritable();
        RequireGrouper(actor);
        var cleanName = UserText.Require(name, SessionLimits.MaxGroupNameLength, "group name");
        if (State.Groups.Count >= SessionLimits.MaxGroupsPerSession)
        {
            throw new RuleException(ErrorCodes.Full, "The session holds as many groups as it can.");
        }

        var created = Record(new SessionChange.GroupCreated(Guid.NewGuid(), cleanName));
        var view = new GroupView(created.GroupId, created.Name);
        ledger.Emit(new GroupCreated(0, view));
        return view;
    }

    public void RenameGroup(SessionActor actor, Guid groupId, string name)
    {
        RequireWritable();
        RequireGrouper(actor);
        var group = RequireGroup(groupId);
        var renamed = Record(new SessionChange.GroupRenamed(group.Id, UserText.Require(name, SessionLimits.MaxGroupNameLength, "group name")));
        ledger.Emit(new GroupRenamed(0, group.Id, renamed.Name));
    }

    public void GroupIdea(SessionActor actor, Guid ideaId, Guid? groupId)
    {
        RequireWritable();
        RequireGrouper(actor);
        var idea = actor.IsModerator ? RequireIdea(ideaId) : RequireVisibleIdea(ideaId);
        if (groupId is { } id)
        {
            RequireGroup(id);
        }

        Record(new SessionChange.IdeaGrouped(idea.Id, groupId));
        ledger.Emit(new IdeaGrouped(0, idea.Id, groupId));
    }

    public void MergeGroups(SessionActor actor, Guid sourceGroupId, Guid targetGroupId)
    {
        RequireWritable();
        RequireGrouper(actor);
        if (sourceGroupId == targetGroupId)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "A group cannot be merged into itself.");
        }

        RequireGroup(sourceGroupId);
        RequireGroup(targetGroupId);
        Record(new SessionChange.GroupsMerged(sourceGroupId, targetGroupId));
        ledger.Emit(new GroupsMerged(0, sourceGroupId, targetGroupId));
    }

    private IdeaRecord RequireOwnIdea(Guid participantId, Guid ideaId)
    {
        var idea = RequireIdea(ideaId);
        if (idea.AuthorId != participantId)
        {
            throw new RuleException(SessionErrorCodes.NotAuthor, "Only the author may change this idea.");
        }

        // An edit is broadcast, so neither a hidden nor a held idea may change under everyone's eyes.
        return idea.Hidden
            ? throw new RuleException(ErrorCodes.Forbidden, "A moderator has hidden this idea.")
            : idea.Pending
                ? throw new RuleException(SessionErrorCodes.IdeaPending, "A moderator has yet to approve this idea.")
                : idea;
    }

    /// <summary>Talking an idea over makes sense from when ideas come in until the votes are counted.</summary>
    private void RequireCommentingPhase()
    {
        if (State.Phase is not (SessionPhase.Ideate or SessionPhase.Group or SessionPhase.Vote))
        {
            throw new RuleException(SessionErrorCodes.WrongPhase, $"You can comment only while ideas are posted, grouped or voted on; the session is in {State.Phase}.");
        }
    }

    /// <summary>Moderators group in any open phase; participants only in Group, and only if allowed.</summary>
    private void RequireGrouper(SessionActor actor)
    {
        if (actor.IsModerator)
        {
            return;
        }

        RequireParticipant(actor.ParticipantId ?? Guid.Empty);
        if (!State.Settings.ParticipantsCanGroup)
        {
            throw new RuleException(ErrorCodes.Forbidden, "Only the moderator groups ideas in this session.");
        }

        RequirePhase(SessionPhase.Group, "group ideas");
    }

    private GroupRecord RequireGroup(Guid groupId) =>
        State.Groups.TryGetValue(groupId, out var group)
            ? group
            : throw new RuleException(SessionErrorCodes.GroupNotFound, "There is no such group.");
}
