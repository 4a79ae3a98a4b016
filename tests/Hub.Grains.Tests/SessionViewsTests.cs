using Hub.Grains.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Grains.Tests;

/// <summary>Who sees what, from a state in memory: moderators, participants and the room display.</summary>
public sealed class SessionViewsTests
{
    private readonly SessionLedgerForTests _ledger = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly SessionRules _rules;
    private readonly Guid _alva;
    private readonly Guid _bo;

    public SessionViewsTests()
    {
        _rules = new SessionRules(_ledger, new SessionOptions(), _time);
        _rules.Participants.Open(new OpenSession("Idéjam", Guid.NewGuid(), "Tryggare skolvägar", "ABC234", "Openlab", SessionSettings.Default with { HoldIdeasForApproval = true }), "mona");
        _alva = _rules.Participants.Join("Alva").ParticipantId;
        _bo = _rules.Participants.Join("Bo").ParticipantId;
        _rules.Steering.SetPhase(SessionPhase.Ideate, null);
    }

    private SessionSnapshot Snapshot(SessionActor viewer) =>
        SessionViews.Snapshot(Guid.Empty, Guid.Empty, 0, _ledger.Saved, new PresenceView(0, []), _time.GetUtcNow(), viewer);

    [Fact]
    public void A_held_idea_is_seen_by_its_author_and_the_moderators_only()
    {
        var held = _rules.Ideas.PostIdea(_alva, "Cykelbuss");

        Assert.Equal([held.Id], Snapshot(SessionActor.Participant(_alva)).Ideas.Select(i => i.Id));
        Assert.Empty(Snapshot(SessionActor.Participant(_bo)).Ideas);
        Assert.Empty(Snapshot(new SessionActor(null, null)).Ideas);
        var moderator = Snapshot(SessionActor.Moderator("mona"));
        Assert.True(Assert.Single(moderator.Ideas).Pending);
        Assert.NotNull(moderator.ModerationLog);
        Assert.Null(Snapshot(SessionActor.Participant(_alva)).ModerationLog);
    }

    [Fact]
    public void Report_counts_go_to_moderators_only()
    {
        var idea = _rules.Ideas.PostIdea(_alva, "Cykelbuss");
        _rules.Moderation.ApproveIdea("Mona", idea.Id);
        _rules.Moderation.ReportIdea(_bo, idea.Id);

        Assert.Equal(1, Assert.Single(Snapshot(SessionActor.Moderator("mona")).Ideas).Reports);
        Assert.Equal(0, Assert.Single(Snapshot(SessionActor.Participant(_bo)).Ideas).Reports);
    }

    [Fact]
    public void An_anonymous_session_sends_no_names_not_even_in_presence()
    {
        var ledger = new SessionLedgerForTests();
        var rules = new SessionRules(ledger, new SessionOptions(), _time);
        rules.Participants.Open(new OpenSession("Anonym", Guid.NewGuid(), "", "ANO234", "", SessionSettings.Default, Anonymous: true), "mona");
        var alva = rules.Participants.Join("Alva").ParticipantId;
        rules.Steering.SetPhase(SessionPhase.Ideate, null);

        Assert.Equal("", rules.Ideas.PostIdea(alva, "Cykelbuss").AuthorName);
        var presence = SessionViews.Presence(ledger.State, [alva]);
        Assert.Equal(1, presence.Count);
        Assert.Empty(presence.Names);
        Assert.Equal(["Alva", "Bo"], SessionViews.Presence(_ledger.State, [_bo, _alva, Guid.NewGuid()]).Names);
    }

    [Fact]
    public void Catching_up_from_far_back_shows_the_current_text_and_withholds_what_is_hidden_now()
    {
        var edited = _rules.Ideas.PostIdea(_alva, "Cykelbus");
        _rules.Moderation.ApproveIdea("Mona", edited.Id);
        var hidden = _rules.Ideas.PostIdea(_alva, "Något elakt");
        _rules.Moderation.ApproveIdea("Mona", hidden.Id);
        _rules.Ideas.EditIdea(_alva, edited.Id, "Cykelbuss");
        _rules.Moderation.SetIdeaHidden("Mona", hidden.Id, hidden: true);
        var missed = _ledger.Events.Select((e, i) => e with { Seq = i + 1 }).ToArray();

        var seen = SessionViews.Missed(Guid.Empty, Guid.Empty, missed, _ledger.Saved, SessionActor.Participant(_bo)).Events;

        Assert.Equal(missed.Select(e => e.Seq), seen.Select(e => e.Seq));
        Assert.All(seen.OfType<IdeaApproved>(), approved => Assert.Equal("Cykelbuss", approved.Idea.Text));
        Assert.Equal("Cykelbuss", Assert.Single(seen.OfType<IdeaEdited>()).Text);
        Assert.DoesNotContain(seen.OfType<IdeaApproved>(), approved => approved.Idea.Id == hidden.Id);
        Assert.Empty(seen.OfType<ModerationLogged>());
        Assert.Same(missed, SessionViews.Missed(Guid.Empty, Guid.Empty, missed, _ledger.Saved, SessionActor.Moderator("mona")).Events);
    }
}
