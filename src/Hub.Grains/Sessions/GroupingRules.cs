namespace Hub.Grains.Sessions;

/// <summary>Groups of ideas: creating, renaming and merging them, and putting ideas in them.</summary>
internal sealed class GroupingRules(SessionChecks checks, ISessionLedger ledger)
{
    private SessionState State => checks.State;

    /// <summary>Call only with a moderator the grain has checked, or with a participant.</summary>
    public GroupView CreateGroup(SessionActor actor, string name)
    {
        checks.RequireWritable();
        RequireGrouper(actor);
        var cleanName = UserText.Require(name, SessionLimits.MaxGroupNameLength, "group name");
        if (State.Groups.Count >= SessionLimits.MaxGroupsPerSession)
        {
            throw new RuleException(ErrorCodes.Full, "The session holds as many groups as it can.");
        }

        var created = checks.Record(new SessionChange.GroupCreated(Guid.NewGuid(), cleanName));
        var view = new GroupView(created.GroupId, created.Name);
        ledger.Emit(new GroupCreated(0, view));
        return view;
    }

    public void RenameGroup(SessionActor actor, Guid groupId, string name)
    {
        checks.RequireWritable();
        RequireGrouper(actor);
        var group = checks.RequireGroup(groupId);
        var renamed = checks.Record(new SessionChange.GroupRenamed(group.Id, UserText.Require(name, SessionLimits.MaxGroupNameLength, "group name")));
        ledger.Emit(new GroupRenamed(0, group.Id, renamed.Name));
    }

    public void GroupIdea(SessionActor actor, Guid ideaId, Guid? groupId)
    {
        checks.RequireWritable();
        RequireGrouper(actor);
        var idea = actor.IsModerator ? checks.RequireIdea(ideaId) : checks.RequireVisibleIdea(ideaId);
        if (groupId is { } id)
        {
            checks.RequireGroup(id);
        }

        checks.Record(new SessionChange.IdeaGrouped(idea.Id, groupId));
        ledger.Emit(new IdeaGrouped(0, idea.Id, groupId));
    }

    public void MergeGroups(SessionActor actor, Guid sourceGroupId, Guid targetGroupId)
    {
        checks.RequireWritable();
        RequireGrouper(actor);
        if (sourceGroupId == targetGroupId)
        {
            throw new RuleException(ErrorCodes.InvalidArgument, "A group cannot be merged into itself.");
        }

        checks.RequireGroup(sourceGroupId);
        checks.RequireGroup(targetGroupId);
        checks.Record(new SessionChange.GroupsMerged(sourceGroupId, targetGroupId));
        ledger.Emit(new GroupsMerged(0, sourceGroupId, targetGroupId));
    }

    /// <summary>Moderators group in any open phase; participants only in Group, and only if allowed.</summary>
    private void RequireGrouper(SessionActor actor)
    {
        if (actor.IsModerator)
        {
            return;
        }

        checks.RequireParticipant(actor.ParticipantId ?? Guid.Empty);
        if (!State.Settings.ParticipantsCanGroup)
        {
            throw new RuleException(ErrorCodes.Forbidden, "Only the moderator groups ideas in this session.");
        }

        checks.RequirePhase(SessionPhase.Group, "group ideas");
    }
}
