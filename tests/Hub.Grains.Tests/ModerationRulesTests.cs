using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

/// <summary>Reports, hiding and removing, over a test ledger.</summary>
public sealed class ModerationRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly SessionRules _rules;

    public ModerationRulesTests() => (_ledger, _, _rules) = OpenedSessionRules.Open();

    [Fact]
    public void Enough_reports_hide_an_idea_and_the_log_names_no_moderator()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _rules.Steering.UpdateSettings("Mona", _ledger.State.Settings with { ReportThreshold = 2 });
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, "Något elakt");
        var reporters = new[] { _rules.Participants.Join("Bo").ParticipantId, _rules.Participants.Join("Cy").ParticipantId };
        _ledger.Clear();

        _rules.Moderation.ReportIdea(reporters[0], idea.Id);
        _rules.Moderation.ReportIdea(reporters[0], idea.Id);
        Assert.False(_ledger.State.Ideas[idea.Id].Hidden);
        _rules.Moderation.ReportIdea(reporters[1], idea.Id);

        Assert.True(_ledger.State.Ideas[idea.Id].Hidden);
        var logged = Assert.Single(_ledger.Events.OfType<ModerationLogged>()).Entry;
        Assert.Equal(("", ModerationAction.IdeaHiddenAfterReports, 2), (logged.Moderator, logged.Action, logged.Count));
        Assert.Equal(SessionErrorCodes.IdeaNotFound, Assert.Throws<RuleException>(() => _rules.Moderation.ReportIdea(reporters[1], idea.Id)).Code);
    }
}
