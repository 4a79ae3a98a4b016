namespace Hub.Grains.Sessions;

/// <summary>
/// The state of one session. Stored whole only as a snapshot; in between, the journal holds the
/// <see cref="SessionChange"/>s made since, and <see cref="Apply"/> replays them.
/// </summary>
[GenerateSerializer, Alias("Hub.SessionState")]
public sealed class SessionState
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

    /// <summary>Items whose count decides how often a snapshot pays for itself.</summary>
    public int Size => Ideas.Count + Groups.Count + Participants.Count;

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
                Participants.Add(joined.ParticipantId, new ParticipantRecord { Id = joined.ParticipantId, DisplayName = joined.DisplayName, JoinedAt = joined.JoinedAt });
                break;
            case SessionChange.IdeaPosted posted:
                Ideas.Add(posted.IdeaId, new IdeaRecord { Id = posted.IdeaId, AuthorId = posted.AuthorId, Text = posted.Text, PostedAt = posted.PostedAt, Ordinal = NextOrdinal++ });
                break;
            case SessionChange.IdeaEdited edited:
                Ideas[edited.IdeaId].Text = edited.Text;
                break;
            case SessionChange.IdeaDeleted deleted:
                Ideas.Remove(deleted.IdeaId);
                foreach (var participant in Participants.Values)
                {
                    participant.Votes.Remove(deleted.IdeaId);
                }

                break;
            case SessionChange.IdeaHiddenSet hidden:
                Ideas[hidden.IdeaId].Hidden = hidden.Hidden;
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
}
