namespace Hub.Grains.Sessions;

/// <summary>Everything a session holds about one participant, for them to download.</summary>
[GenerateSerializer, Immutable, Alias("Hub.ParticipantExport")]
public sealed record ParticipantExport(
    [property: Id(0)] string SessionTitle,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] DateTimeOffset JoinedAt,
    [property: Id(3)] IReadOnlyList<ExportedIdea> Ideas,
    [property: Id(4)] IReadOnlyList<ExportedVote> Votes,
    [property: Id(5)] IReadOnlyList<Guid> ReportedIdeaIds,
    [property: Id(6)] IReadOnlyList<ExportedComment> Comments);

[GenerateSerializer, Immutable, Alias("Hub.ExportedComment")]
public sealed record ExportedComment(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid IdeaId,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset PostedAt,
    [property: Id(4)] bool Hidden);

[GenerateSerializer, Immutable, Alias("Hub.ExportedIdea")]
public sealed record ExportedIdea(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset PostedAt,
    [property: Id(3)] bool Hidden);

[GenerateSerializer, Immutable, Alias("Hub.ExportedVote")]
public sealed record ExportedVote(
    [property: Id(0)] Guid IdeaId,
    [property: Id(1)] string IdeaText,
    [property: Id(2)] int Votes);
