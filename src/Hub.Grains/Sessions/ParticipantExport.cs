namespace Hub.Grains.Sessions;

/// <summary>Everything a session holds about one participant, for them to download.</summary>
[GenerateSerializer, Immutable, Alias("Hub.ParticipantExport")]
public sealed record ParticipantExport(
    [property: Id(0)] string SessionTitle,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] DateTimeOffset JoinedAt,
    [property: Id(3)] IReadOnlyList<ExportedIdea> Ideas,
    [property: Id(4)] IReadOnlyList<ExportedVote> Votes,
    [property: Id(5)] IReadOnlyList<Guid> ReportedIdeaIds);

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
