namespace Hub.Grains.Challenges;

/// <summary>Stable error codes of challenges; clients switch on these, so never rename one.</summary>
public static class ChallengeErrorCodes
{
    public const string ChallengeNotFound = "challenge_not_found";
    public const string NotAnOwner = "not_an_owner";
    public const string DeadlineInThePast = "deadline_in_the_past";
    public const string StatusNotAllowed = "status_not_allowed";
    public const string ChallengeClosed = "challenge_closed";
}
