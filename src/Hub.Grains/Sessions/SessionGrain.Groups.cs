namespace Hub.Grains.Sessions;

public sealed partial class SessionGrain
{
    public async Task<GroupView> CreateGroup(SessionActor actor, string name)
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
        Emit(new GroupCreated(0, view));
        await CommitAsync();
        return view;
    }

    public async Task RenameGroup(SessionActor actor, Guid groupId, string name)
    {
        RequireWritable();
        RequireGrouper(actor);
        var group = RequireGroup(groupId);
        var renamed = Record(new SessionChange.GroupRenamed(group.Id, UserText.Require(name, SessionLimits.MaxGroupNameLength, "group name")));
        Emit(new GroupRenamed(0, group.Id, renamed.Name));
        await CommitAsync();
    }

    public async Task GroupIdea(SessionActor actor, Guid ideaId, Guid? groupId)
    {
        RequireWritable();
        RequireGrouper(actor);
        var idea = actor.IsModerator ? RequireIdea(ideaId) : RequireVisibleIdea(ideaId);
        if (groupId is { } id)
        {
            RequireGroup(id);
        }

        Record(new SessionChange.IdeaGrouped(idea.Id, groupId));
        Emit(new IdeaGrouped(0, idea.Id, groupId));
        await CommitAsync();
    }

    public async Task MergeGroups(SessionActor actor, Guid sourceGroupId, Guid targetGroupId)
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
        Emit(new GroupsMerged(0, sourceGroupId, targetGroupId));
        await CommitAsync();
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
