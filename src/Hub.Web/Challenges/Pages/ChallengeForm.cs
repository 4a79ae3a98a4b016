using System.ComponentModel.DataAnnotations;
using Hub.Grains.Challenges;
using Hub.Web.Forms;

namespace Hub.Web.Challenges.Pages;

/// <summary>The challenge form: tags typed comma-separated, the deadline as a day (the end of it, in Stockholm).</summary>
public sealed class ChallengeForm
{
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
        Title, ProblemStatement, DesiredOutcome ?? "", FormValues.Tags(Themes), FormValues.Tags(Needs), Kind,
        Deadline is { } day ? FormValues.InStockholm(day.ToDateTime(new TimeOnly(23, 59))) : null,
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
        Deadline = challenge.Draft.Deadline is { } deadline ? FormValues.StockholmDay(deadline) : null,
        CoOwnerIds = [.. challenge.Draft.CoOwnerIds],
    };
}
