using System.ComponentModel.DataAnnotations;
using Hub.Grains.Challenges;

namespace Hub.Web.Pages.Challenges;

/// <summary>The challenge form: tags typed comma-separated, the deadline as a day (the end of it, in Stockholm).</summary>
public sealed class ChallengeForm
{
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public Guid OwnerId { get; set; }

    [Required(ErrorMessage = "Give the challenge a title.")]
    [StringLength(Hub.Grains.Challenges.ChallengeText.MaxTitleLength)]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Describe the problem.")]
    [StringLength(Hub.Grains.Challenges.ChallengeText.MaxStatementLength)]
    public string ProblemStatement { get; set; } = "";

    [StringLength(Hub.Grains.Challenges.ChallengeText.MaxStatementLength)]
    public string? DesiredOutcome { get; set; }

    public string? Themes { get; set; }

    public string? Needs { get; set; }

    public ChallengeKind Kind { get; set; }

    public DateOnly? Deadline { get; set; }

    public List<Guid> CoOwnerIds { get; set; } = [];

    public ChallengeDraft ToDraft() => new(
        Title, ProblemStatement, DesiredOutcome ?? "", Split(Themes), Split(Needs), Kind,
        Deadline is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59)), Stockholm.GetUtcOffset(day.ToDateTime(new TimeOnly(23, 59)))) : null,
        CoOwnerIds);

    public static ChallengeForm From(ChallengeView challenge) => new()
    {
        OwnerId = challenge.OwnerId,
        Title = challenge.Draft.Title,
        ProblemStatement = challenge.Draft.ProblemStatement,
        DesiredOutcome = challenge.Draft.DesiredOutcome,
        Themes = string.Join(", ", challenge.Draft.Themes),
        Needs = string.Join(", ", challenge.Draft.Needs),
        Kind = challenge.Draft.Kind,
        Deadline = challenge.Draft.Deadline is { } deadline ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(deadline, Stockholm).DateTime) : null,
        CoOwnerIds = [.. challenge.Draft.CoOwnerIds],
    };

    private static string[] Split(string? tags) =>
        (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
