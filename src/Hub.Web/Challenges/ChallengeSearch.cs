using Hub.Grains.Challenges;

namespace Hub.Web.Challenges;

/// <summary>The query string of a challenge search: <c>?theme=Trafik&amp;status=Open&amp;skip=20&amp;take=20</c>.</summary>
internal sealed record ChallengeSearch(
    string? Text,
    string? Theme,
    ChallengeStatus? Status,
    Guid? OrganisationId,
    ChallengeKind? Kind,
    DateTimeOffset? DeadlineBefore,
    int? Skip,
    int? Take)
{
    public ChallengeQuery ToQuery() => new(Text, Theme, Status, OrganisationId, Kind, DeadlineBefore, Skip ?? 0, Take ?? 20);
}
