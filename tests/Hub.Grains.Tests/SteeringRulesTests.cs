using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>Phases, timers and settings, over a test ledger.</summary>
public sealed class SteeringRulesTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly FakeTimeProvider _time;
    private readonly SessionRules _rules;

    public SteeringRulesTests() => (_ledger, _time, _rules) = OpenedSessionRules.Open();

    [Fact]
    public void A_timer_out_of_range_is_refused_and_closing_ends_the_timer()
    {
        _ledger.Clear();

        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<RuleException>(() => _rules.Steering.SetPhase(SessionPhase.Ideate, 0)).Code);
        Assert.Empty(_ledger.Changes);
        _rules.Steering.SetPhase(SessionPhase.Ideate, 60);
        Assert.Equal(_time.GetUtcNow().AddSeconds(60), _ledger.State.TimerEndsAt);
        _rules.Steering.SetPhase(SessionPhase.Closed, 60);

        Assert.Equal((SessionPhase.Closed, (DateTimeOffset?)null), (_ledger.State.Phase, _ledger.State.TimerEndsAt));
        Assert.Equal(SessionErrorCodes.SessionClosed, Assert.Throws<RuleException>(() => _rules.Steering.SetTimer(30)).Code);
    }

    [Fact]
    public void Locking_the_session_is_logged_with_the_moderator_and_bad_settings_change_nothing()
    {
        _ledger.Clear();

        Assert.Equal(ErrorCodes.InvalidArgument, Assert.Throws<RuleException>(() => _rules.Steering.UpdateSettings("Mona", _ledger.State.Settings with { MaxVotesPerIdea = 3 })).Code);
        Assert.Empty(_ledger.Changes);
        _rules.Steering.UpdateSettings("Mona", _ledger.State.Settings with { Locked = true });

        var logged = Assert.Single(_ledger.Events.OfType<ModerationLogged>()).Entry;
        Assert.Equal(("Mona", ModerationAction.SessionLocked), (logged.Moderator, logged.Action));
        Assert.True(_ledger.State.Settings.Locked);
    }
}
