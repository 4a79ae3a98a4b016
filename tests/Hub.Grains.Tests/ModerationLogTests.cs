using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>What the moderation log writes, over a test ledger.</summary>
public sealed class ModerationLogTests
{
    private readonly SessionLedgerForTests _ledger;
    private readonly FakeTimeProvider _time;
    private readonly SessionRules _rules;

    public ModerationLogTests() => (_ledger, _time, _rules) = OpenedSessionRules.Open();

    [Fact]
    public void The_log_quotes_a_long_idea_shortened_and_names_the_moderator_given()
    {
        var alva = _rules.Participants.Join("Alva").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
        var idea = _rules.Ideas.PostIdea(alva, new string('x', 200));
        _ledger.Clear();

        _rules.Moderation.SetIdeaHidden("Max Modig", idea.Id, hidden: true);
        _rules.Moderation.SetIdeaHidden("Max Modig", idea.Id, hidden: true);

        var logged = Assert.Single(_ledger.Events.OfType<ModerationLogged>()).Entry;
        Assert.Equal(("Max Modig", 80, _time.GetUtcNow()), (logged.Moderator, logged.Excerpt.Length, logged.At));
        Assert.EndsWith("…", logged.Excerpt);
    }
}
