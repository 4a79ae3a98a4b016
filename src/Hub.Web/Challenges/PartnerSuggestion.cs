namespace Hub.Web.Challenges;

/// <summary>
/// An organisation that could help with a challenge, and why: what it offers that the challenge
/// needs, and which of the challenge's themes it is looking for.
/// </summary>
public sealed record PartnerSuggestion(Guid OrganisationId, string Name, IReadOnlyList<string> Offers, IReadOnlyList<string> Interests)
{
    /// <summary>An offer that meets a need weighs twice what a shared interest does.</summary>
    public int Score => (2 * Offers.Count) + Interests.Count;
}
