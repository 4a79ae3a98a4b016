namespace Hub.Grains.Challenges;

[GenerateSerializer, Immutable, Alias("Hub.PostChallenge")]
public sealed record PostChallenge(
    [property: Id(0)] string Title,
    [property: Id(1)] string OrganisationName,
    [property: Id(2)] string ProblemStatement,
    [property: Id(3)] string DesiredOutcome,
    [property: Id(4)] IReadOnlyList<string> Themes);
