using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>The session's rules over a test ledger, opened by mona with two votes each, two to an idea at most.</summary>
internal static class OpenedSessionRules
{
    public static (SessionLedgerForTests Ledger, FakeTimeProvider Time, SessionRules Rules) Open()
    {
        var ledger = new SessionLedgerForTests();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
        var rules = new SessionRules(ledger, new SessionOptions(), time);
        rules.Participants.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Tryggare skolvägar", "ABC234", "Openlab", SessionSettings.Default with { VoteBudget = 2, MaxVotesPerIdea = 2 }), "mona");
        return (ledger, time, rules);
    }
}
