namespace Hub.Web.Challenges;

/// <summary>Challenges and what people contribute to them.</summary>
public static class ChallengesFeature
{
    public static IEndpointRouteBuilder MapChallenges(this IEndpointRouteBuilder routes) =>
        routes.MapChallengesApi().MapContributionsApi();
}
