using Hub.Grains.Challenges;

namespace Hub.Web.Challenges;

/// <summary>Statuses and kinds in words, to be localised by the page.</summary>
internal static class ChallengeLabels
{
    public static string Describe(ChallengeStatus status) => status switch
    {
        ChallengeStatus.Draft => "Draft",
        ChallengeStatus.Open => "Open",
        ChallengeStatus.InProgress => "In progress",
        ChallengeStatus.Evaluating => "Evaluating",
        ChallengeStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Describe(ChallengeKind kind) => kind switch
    {
        ChallengeKind.OpenChallenge => "Open challenge",
        ChallengeKind.ProcurementNeed => "Procurement need",
        _ => kind.ToString(),
    };
}
