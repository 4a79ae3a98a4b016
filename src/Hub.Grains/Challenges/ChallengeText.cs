namespace Hub.Grains.Challenges;

/// <summary>Limits of what owners write about a challenge, checked the same way everywhere.</summary>
public static class ChallengeText
{
    public const int MaxTitleLength = 120;
    public const int MaxStatementLength = 4_000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 40;
    public const int MaxCoOwners = 10;

    /// <summary>Trimmed, without duplicates (ignoring case), each one checked.</summary>
    public static IReadOnlyList<string> Tags(IReadOnlyList<string>? tags, string field)
    {
        var clean = (tags ?? []).Select(tag => UserText.Require(tag, MaxTagLength, field)).DistinctBy(tag => tag.ToLowerInvariant()).ToArray();
        return clean.Length <= MaxTags
            ? clean
            : throw new RuleException(ErrorCodes.InvalidArgument, $"At most {MaxTags} {field}s.");
    }
}
