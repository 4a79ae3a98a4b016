namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task<IdeaView> PostIdea(Guid participantId, string text)
    {
        RequireWritable();
        RequireParticipant(participantId);
        RequirePhase(SessionPhase.Ideate, "post ideas");
        var cleanText = UserText.Require(text, SessionLimits.MaxIdeaLength, "idea");
        if (State.Ideas.Count >= _options.MaxIdeas)
        {
            throw new RuleException(ErrorCodes.Full, "The session holds as many ideas as it can.");
        }

        var posted = Record(new SessionChange.IdeaPosted(Guid.NewGuid(), participantId, cleanText, _time.GetUtcNow(), State.Settings.HoldIdeasForApproval));
        var view = ToView(State.Ideas[posted.IdeaId], State);
        Emit(new IdeaPosted(0, view));
        await CommitAsync();
        return view;
    }

    public async Task EditIdea(Guid participantId, Guid ideaId, string text)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var idea = RequireOwnIdea(participantId, ideaId);
        RequirePhase(SessionPhase.Ideate, "edit ideas");
        var edited = Record(new SessionChange.IdeaEdited(idea.Id, UserText.Require(text, SessionLimits.MaxIdeaLength, "idea")));
        Emit(new IdeaEdited(0, idea.Id, edited.Text));
        await CommitAsync();
    }

    public async Task DeleteIdea(Guid participantId, Guid ideaId)
    {
        RequireWritable();
        RequireParticipant(participantId);
        var idea = RequireOwnIdea(participantId, ideaId);
        RequirePhase(SessionPhase.Ideate, "delete ideas");
        Record(new SessionChange.IdeaDeleted(idea.Id));
        Emit(new IdeaDeleted(0, idea.Id));
        await CommitAsync();
    }

    public async Task SetIdeaHidden(SessionActor actor, Guid ideaId, bool hidden)
    {
        RequireWritable();
        RequireModerator(actor);
        var idea = RequireIdea(ideaId);
        if (idea.Hidden == hidden)
        {
            return;
        }

        Record(new SessionChange.IdeaHiddenSet(idea.Id, hidden));
        Emit(hidden ? new IdeaHidden(0, idea.Id) : new IdeaRestored(0, ToView(idea, State), ShownComments(idea, State)));
        LogModeration(actor, hidden ? ModerationAction.IdeaHidden : ModerationAction.IdeaRestored, idea);
        await CommitAsync();
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
}
