namespace Hub.Grains.Contributions;

[GenerateSerializer, Alias("Hub.ContributionsState")]
internal sealed class ContributionsState
{
    [Id(0)] public List<IdeaEntry> Ideas { get; set; } = [];
    [Id(1)] public List<QuestionEntry> Questions { get; set; } = [];
    [Id(2)] public List<MarketProposal> Proposals { get; set; } = [];
    [Id(3)] public HashSet<Guid> Followers { get; set; } = [];
}

[GenerateSerializer, Alias("Hub.ContributionIdeaEntry")]
internal sealed class IdeaEntry
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid AuthorId { get; set; }
    [Id(3)] public string Text { get; set; } = "";
    [Id(4)] public DateTimeOffset PostedAt { get; set; }
    [Id(5)] public HashSet<Guid> EndorsedBy { get; set; } = [];
    [Id(6)] public bool Hidden { get; set; }
    [Id(7)] public List<CommentEntry> Comments { get; set; } = [];
}

[GenerateSerializer, Alias("Hub.ContributionCommentEntry")]
internal sealed class CommentEntry
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid AuthorId { get; set; }
    [Id(3)] public string Text { get; set; } = "";
    [Id(4)] public DateTimeOffset PostedAt { get; set; }
    [Id(5)] public bool Hidden { get; set; }
}

[GenerateSerializer, Alias("Hub.ContributionQuestionEntry")]
internal sealed class QuestionEntry
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid AuthorId { get; set; }
    [Id(2)] public string OrganisationName { get; set; } = "";
    [Id(3)] public string Text { get; set; } = "";
    [Id(4)] public DateTimeOffset AskedAt { get; set; }
    [Id(5)] public string? Answer { get; set; }
}
