namespace Hub.Grains.Challenges;

/// <summary>What a list of challenges shows of each.</summary>
[GenerateSerializer, Immutable, Alias("Hub.ChallengeSummary")]
public sealed record ChallengeSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string OrganisationName,
    [property: Id(3)] string ProblemStatement,
    [property: Id(4)] IReadOnlyList<string> Themes);
