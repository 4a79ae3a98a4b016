namespace Hub.Grains.Contributions;

internal static class ContributionLimits
{
    public const int MaxIdeaLength = 2_000;
    public const int MaxCommentLength = 1_000;
    public const int MaxQuestionLength = 1_000;
    public const int MaxAnswerLength = 4_000;
    public const int MaxProposalLength = 8_000;
    public const int MaxItems = 5_000;
}
