namespace Hub.Grains.Sessions;

/// <summary>Posting ideas, and their authors changing them while ideas come in.</summary>
internal sealed class IdeaRules(SessionChecks checks, Repeats repeats, ISessionLedger ledger, SessionOptions options, TimeProvider time)
{
    private SessionState State => checks.State;

    public IdeaView PostIdea(Guid participantId, string text, Guid operationId = default)
    {
        checks.RequireWritable();
        var participant = checks.RequireParticipant(participantId);
        if (Repeats.Find(participant, operationId, SessionOperationKind.PostIdea, Guid.Empty) is { } done)
        {
            return SessionViews.ToView(checks.RequireIdea(done.ResultId), State);
        }

        checks.RequirePhase(SessionPhase.Ideate, "post ideas");
        var cleanText = UserText.Require(text, SessionLimits.MaxIdeaLength, "idea");
        if (State.Ideas.Count >= options.MaxIdeas)
        {
            throw new RuleException(ErrorCodes.Full, "The session holds as many ideas as it can.");
        }

        var posted = checks.Record(new SessionChange.IdeaPosted(Guid.NewGuid(), participantId, cleanText, time.GetUtcNow(), State.Settings.HoldIdeasForApproval));
        repeats.Remember(participant, operationId, SessionOperationKind.PostIdea, Guid.Empty, posted.IdeaId);
        var view = SessionViews.ToView(State.Ideas[posted.IdeaId], State);
        ledger.Emit(new IdeaPosted(0, view));
        return view;
    }

    public void EditIdea(Guid participantId, Guid ideaId, string text)
    {
        checks.RequireWritable();
        checks.RequireParticipant(participantId);
        var idea = RequireOwnIdea(participantId, ideaId);
        checks.RequirePhase(SessionPhase.Ideate, "edit ideas");
        var edited = checks.Record(new SessionChange.IdeaEdited(idea.Id, UserText.Require(text, SessionLimits.MaxIdeaLength, "idea")));
        ledger.Emit(new IdeaEdited(0, idea.Id, edited.Text));
    }

    public void DeleteIdea(Guid participantId, Guid ideaId)
    {
        checks.RequireWritable();
        checks.RequireParticipant(participantId);
        var idea = RequireOwnIdea(participantId, ideaId);
        checks.RequirePhase(SessionPhase.Ideate, "delete ideas");
        checks.Record(new SessionChange.IdeaDeleted(idea.Id));
        ledger.Emit(new IdeaDeleted(0, idea.Id));
    }

    private IdeaRecord RequireOwnIdea(Guid participantId, Guid ideaId)
    {
        var idea = checks.RequireIdea(ideaId);
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
