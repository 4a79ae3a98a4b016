namespace Hub.Grains.Sessions;

/// <summary>The durable state of one session.</summary>
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
