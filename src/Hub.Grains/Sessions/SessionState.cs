using Hub.Grains.Storage;

namespace Hub.Grains.Sessions;

/// <summary>
/// The state of one session. Stored whole only as a snapshot; in between, the journal holds the
/// <see cref="SessionChange"/>s made since, and <see cref="Apply"/> replays them.
/// </summary>
[GenerateSerializer, Alias("Hub.SessionState")]
public sealed class SessionState : IJournaledState<SessionChange>
{
    [Id(0)] public SessionInfo? Info { get; set; }
    [Id(1)] public SessionPhase Phase { get; set; }
    [Id(2)] public DateTimeOffset? TimerEndsAt { get; set; }
    [Id(3)] public SessionSettings Settings { get; set; } = SessionSettings.Default;
    [Id(4)] public Dictionary<Guid, IdeaRecord> Ideas { get; set; } = [];
    [Id(5)] public Dictionary<Guid, GroupRecord> Groups { get; set; } = [];
    [Id(6)] public Dictionary<Guid, ParticipantRecord> Participants { get; set; } = [];
    [Id(7)] public long NextOrdinal { get; set; }

    /// <summary>The last journal entry this snapshot includes; replay starts after it.</summary>
    [Id(8)] public long JournalVersion { get; set; }

    [Id(9)] public List<ModerationEntry> ModerationLog { get; set; } = [];

    [Id(10)] public Dictionary<Guid, CommentRecord> Comments { get; set; } = [];

    /// <summary>Items whose count decides how often a snapshot pays for itself.</summary>
    public int Size => Ideas.Count + Groups.Count + Participants.Count + Comments.Count;

    /// <summary>Applies a change the grain has already validated; replay runs exactly this code.</summary>
    public void Apply(SessionChange change)
    {
        switch (change)
        {
            case SessionChange.Opened opened:
                Info = opened.Info;
                Settings = opened.Settings;
                Phase = SessionPhase.Lobby;
                break;
            case SessionChange.ParticipantJoined joined:
                Participants.Add(joined.ParticipantId, new ParticipantRecord { Id = joined.ParticipantId, DisplayName = joined.DisplayName, JoinedAt = joined.JoinedAt, BrowserMark = joined.BrowserMark });
                break;
            case SessionChange.IdeaPosted posted:
                Ideas.Add(posted.IdeaId, new IdeaRecord { Id = posted.IdeaId, AuthorId = posted.AuthorId, Text = posted.Text, PostedAt = posted.PostedAt, Ordinal = NextOrdinal++, Pending = posted.Pending });
                break;
            case SessionChange.IdeaEdited edited:
                Ideas[edited.IdeaId].Text = edited.Text;
                break;
            case SessionChange.IdeaDeleted deleted:
                RemoveIdea(deleted.IdeaId);
                break;
            case SessionChange.IdeaHiddenSet hidden:
                var hiddenIdea = Ideas[hidden.IdeaId];
                hiddenIdea.Hidden = hidden.Hidden;

                // Hiding decides about a held idea as much as approving does; a restore is a review.
                hiddenIdea.Pending = false;
                hiddenIdea.Reviewed |= !hidden.Hidden;
                break;
            case SessionChange.IdeaApproved approved:
                Ideas[approved.IdeaId].Pending = false;
                break;
            case SessionChange.IdeaReported reported:
                Ideas[reported.IdeaId].ReportedBy.Add(reported.ReporterId);
                break;
            case SessionChange.OperationDone done:
                var operations = Participants[done.ParticipantId].RecentOperations;
                operations.Add(done.Operation);
                if (operations.Count > Repeats.Remembered)
                {
                    operations.RemoveAt(0);
                }

                break;
            case SessionChange.ParticipantRemoved removed:
                Participants[removed.ParticipantId].Removed = true;
                break;
            case SessionChange.ParticipantErased erased:
                Erase(erased);
                break;
            case SessionChange.Moderated moderated:
                ModerationLog.Add(moderated.Entry);
                break;
            case SessionChange.CommentPosted posted:
                Comments.Add(posted.CommentId, new CommentRecord { Id = posted.CommentId, IdeaId = posted.IdeaId, AuthorId = posted.AuthorId, Text = posted.Text, PostedAt = posted.PostedAt, Ordinal = NextOrdinal++ });
                break;
            case SessionChange.CommentDeleted deleted:
                Comments.Remove(deleted.CommentId);
                break;
            case SessionChange.CommentHiddenSet hidden:
                Comments[hidden.CommentId].Hidden = hidden.Hidden;
                break;
            case SessionChange.GroupCreated created:
                Groups.Add(created.GroupId, new GroupRecord { Id = created.GroupId, Name = created.Name, Ordinal = NextOrdinal++ });
                break;
            case SessionChange.GroupRenamed renamed:
                Groups[renamed.GroupId].Name = renamed.Name;
                break;
            case SessionChange.IdeaGrouped grouped:
                Ideas[grouped.IdeaId].GroupId = grouped.GroupId;
                break;
            case SessionChange.GroupsMerged merged:
                foreach (var idea in Ideas.Values.Where(i => i.GroupId == merged.SourceGroupId))
                {
                    idea.GroupId = merged.TargetGroupId;
                }

                Groups.Remove(merged.SourceGroupId);
                break;
            case SessionChange.PhaseSet phase:
                Phase = phase.Phase;
                TimerEndsAt = phase.TimerEndsAt;
                break;
            case SessionChange.TimerSet timer:
                TimerEndsAt = timer.TimerEndsAt;
                break;
            case SessionChange.SettingsSet settings:
                Settings = settings.Settings;
                break;
            case SessionChange.VoteCast cast:
                Participants[cast.ParticipantId].Votes[cast.IdeaId] = Participants[cast.ParticipantId].Votes.GetValueOrDefault(cast.IdeaId) + 1;
                Ideas[cast.IdeaId].Votes++;
                break;
            case SessionChange.VoteRetracted retracted:
                var votes = Participants[retracted.ParticipantId].Votes;
                if (--votes[retracted.IdeaId] == 0)
                {
                    votes.Remove(retracted.IdeaId);
                }

                Ideas[retracted.IdeaId].Votes--;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change.GetType().Name, "Unknown session change.");
        }
    }

    /// <summary>The comments on an idea, in the order they were posted.</summary>
    public IEnumerable<CommentRecord> CommentsOn(Guid ideaId) =>
        Comments.Values.Where(c => c.IdeaId == ideaId).OrderBy(c => c.Ordinal);

    private void RemoveIdea(Guid ideaId)
    {
        Ideas.Remove(ideaId);
        foreach (var comment in Comments.Values.Where(c => c.IdeaId == ideaId).ToArray())
        {
            Comments.Remove(comment.Id);
        }

        foreach (var participant in Participants.Values)
        {
            participant.Votes.Remove(ideaId);
        }
    }

    private void Erase(SessionChange.ParticipantErased erased)
    {
        var participant = Participants[erased.ParticipantId];
        foreach (var (ideaId, votes) in participant.Votes)
        {
            if (Ideas.TryGetValue(ideaId, out var idea))
            {
                idea.Votes -= votes;
            }
        }

        participant.Votes.Clear();
        participant.RecentOperations.Clear();
        participant.BrowserMark = null;
        foreach (var ideaId in erased.DeletedIdeaIds)
        {
            RemoveIdea(ideaId);
        }

        foreach (var ideaId in erased.AnonymisedIdeaIds)
        {
            Ideas[ideaId].AuthorId = Guid.Empty;
        }

        // A comment answers someone; it is not built on the way an idea is, so all of them go.
        var deletedComments = Comments.Values.Where(c => c.AuthorId == erased.ParticipantId).Select(c => c.Id).ToHashSet();
        foreach (var commentId in deletedComments)
        {
            Comments.Remove(commentId);
        }

        participant.DisplayName = "";
        participant.Erased = true;

        // The log quotes ideas and comments; the quotes of deleted ones go with them.
        var deleted = erased.DeletedIdeaIds.ToHashSet();
        for (var i = 0; i < ModerationLog.Count; i++)
        {
            var entry = ModerationLog[i];
            if (entry.CommentId is { } commentId ? deletedComments.Contains(commentId) : entry.IdeaId is { } ideaId && deleted.Contains(ideaId))
            {
                ModerationLog[i] = ModerationLog[i] with { Excerpt = "" };
            }
        }
    }
}

[GenerateSerializer, Alias("Hub.IdeaRecord")]
public sealed class IdeaRecord
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid AuthorId { get; set; }
    [Id(2)] public string Text { get; set; } = "";
    [Id(3)] public Guid? GroupId { get; set; }
    [Id(4)] public bool Hidden { get; set; }
    [Id(5)] public int Votes { get; set; }
    [Id(6)] public DateTimeOffset PostedAt { get; set; }
    [Id(7)] public long Ordinal { get; set; }
    [Id(8)] public bool Pending { get; set; }
    [Id(9)] public HashSet<Guid> ReportedBy { get; set; } = [];

    /// <summary>A moderator restored it: reports no longer hide it by themselves.</summary>
    [Id(10)] public bool Reviewed { get; set; }

    /// <summary>Whether everyone sees the idea: neither hidden by a moderator nor held for approval.</summary>
    public bool IsShown => !Hidden && !Pending;
}

[GenerateSerializer, Alias("Hub.CommentRecord")]
public sealed class CommentRecord
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid IdeaId { get; set; }
    [Id(2)] public Guid AuthorId { get; set; }
    [Id(3)] public string Text { get; set; } = "";
    [Id(4)] public DateTimeOffset PostedAt { get; set; }
    [Id(5)] public long Ordinal { get; set; }
    [Id(6)] public bool Hidden { get; set; }
}

[GenerateSerializer, Alias("Hub.GroupRecord")]
public sealed class GroupRecord
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public long Ordinal { get; set; }
}

[GenerateSerializer, Alias("Hub.ParticipantRecord")]
public sealed class ParticipantRecord
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string DisplayName { get; set; } = "";
    [Id(2)] public DateTimeOffset JoinedAt { get; set; }
    [Id(3)] public Dictionary<Guid, int> Votes { get; set; } = [];
    [Id(4)] public bool Removed { get; set; }
    [Id(5)] public bool Erased { get; set; }

    /// <summary>The participant's last writes, oldest first, so that a repeated one is answered again.</summary>
    [Id(6)] public List<SessionOperation> RecentOperations { get; set; } = [];

    /// <summary>The browser joined from, as a mark that means something in this session only; null if unknown.</summary>
    [Id(7)] public string? BrowserMark { get; set; }

    /// <summary>Removed by a moderator or erased at their own wish: either way, no longer in.</summary>
    public bool IsGone => Removed || Erased;
}
