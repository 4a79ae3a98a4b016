using Hub.Grains.Challenges;
using Hub.Grains.Organisations;

namespace Hub.Web.Challenges;

/// <summary>Suggests partners for a challenge from the organisation index, never from organisation grains.</summary>
internal static class PartnerMatching
{
    public const int MaxSuggestions = 5;

    public static async Task<IReadOnlyList<PartnerSuggestion>> SuggestPartnersAsync(this IGrainFactory grains, ChallengeView challenge)
    {
        var organisations = await grains.GetGrain<IOrganisationDirectoryGrain>(0).List();
        var owners = challenge.OwnerIds.ToHashSet();
        return organisations
            .Where(o => !owners.Contains(o.Id))
            .Select(o => new PartnerSuggestion(
                o.Id,
                o.Name,
                Shared(o.Offers, challenge.Draft.Needs),
                Shared(o.LookingFor, challenge.Draft.Themes)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(MaxSuggestions)
            .ToArray();
    }

    private static string[] Shared(IReadOnlyList<string>? offered, IReadOnlyList<string> wanted) =>
        (offered ?? []).Where(tag => wanted.Contains(tag, StringComparer.CurrentCultureIgnoreCase)).ToArray();
}
