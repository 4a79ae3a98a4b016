namespace Hub.Grains.Contributions;

/// <summary>Stable error codes of contributions; clients switch on these, so never rename one.</summary>
internal static class ContributionErrorCodes
{
    public const string NotTakingContributions = "not_taking_contributions";
    public const string ContributionNotFound = "contribution_not_found";
    public const string NotAProcurement = "not_a_procurement";
    public const string NotACompany = "not_a_company";
}
