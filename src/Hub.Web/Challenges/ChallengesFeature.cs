namespace Hub.Web.Challenges;

/// <summary>Challenges and what people contribute to them.</summary>
internal static class ChallengesFeature
{
    public static IEndpointRouteBuilder MapChallenges(this IEndpointRouteBuilder routes) =>
        routes.MapChallengesApi().MapContributionsApi();
}
