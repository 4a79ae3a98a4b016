using System.Text.Json.Serialization;

namespace Hub.Grains.Sessions;

/// <summary>
/// One change to a session, numbered by the session's sequence. Clients apply events in
/// <see cref="Seq"/> order, drop any they have already seen and ask to resume on a gap.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionEvent")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(IdeaPosted), "ideaPosted")]
[JsonDerivedType(typeof(IdeaEdited), "ideaEdited")]
[JsonDerivedType(typeof(IdeaDeleted), "ideaDeleted")]
[JsonDerivedType(typeof(IdeaHidden), "ideaHidden")]
[JsonDerivedType(typeof(IdeaRestored), "ideaRestored")]
[JsonDerivedType(typeof(IdeaGrouped), "ideaGrouped")]
[JsonDerivedType(typeof(GroupCreated), "groupCreated")]
[JsonDerivedType(typeof(GroupRenamed), "groupRenamed")]
[JsonDerivedType(typeof(GroupsMerged), "groupsMerged")]
[JsonDerivedType(typeof(PhaseChanged), "phaseChanged")]
[JsonDerivedType(typeof(TimerChanged), "timerChanged")]
[JsonDerivedType(typeof(SettingsChanged), "settingsChanged")]
[JsonDerivedType(typeof(VotesChanged), "votesChanged")]
[JsonDerivedType(typeof(PresenceChanged), "presenceChanged")]
[JsonDerivedType(typeof(IdeaApproved), "ideaApproved")]
[JsonDerivedType(typeof(IdeaReported), "ideaReported")]
[JsonDerivedType(typeof(IdeasAnonymised), "ideasAnonymised")]
[JsonDerivedType(typeof(ParticipantRemoved), "participantRemoved")]
[JsonDerivedType(typeof(ModerationLogged), "moderationLogged")]
[JsonDerivedType(typeof(CommentPosted), "commentPosted")]
[JsonDerivedType(typeof(CommentDeleted), "commentDeleted")]
[JsonDerivedType(typeof(CommentHidden), "commentHidden")]
[JsonDerivedType(typeof(CommentRestored), "commentRestored")]
[JsonDerivedType(typeof(Withheld), "withheld")]
public abstract record SessionEvent([property: Id(0)] long Seq)
{
    /// <summary>
    /// What someone who is not a moderator receives in place of this event: the event itself, or a
    /// <see cref="Withheld"/> that keeps the sequence without gaps and says nothing.
    /// </summary>
    public virtual SessionEvent ForParticipants() => this;
}

/// <summary>Stands in for an event only moderators receive, so that every stream stays gapless.</summary>
[GenerateSerializer, Immutable, Alias("Hub.Withheld")]
internal sealed record Withheld(long Seq) : SessionEvent(Seq);

/// <summary>An idea held for approval reaches moderators only; its author has it from the answer to the post.</summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaPosted")]
public sealed record IdeaPosted(long Seq, [property: Id(0)] IdeaView Idea) : SessionEvent(Seq)
{
    public override SessionEvent ForParticipants() => Idea.Pending ? new Withheld(Seq) : this;
}

[GenerateSerializer, Immutable, Alias("Hub.IdeaEdited")]
internal sealed record IdeaEdited(long Seq, [property: Id(0)] Guid IdeaId, [property: Id(1)] string Text) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaDeleted")]
internal sealed record IdeaDeleted(long Seq, [property: Id(0)] Guid IdeaId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaHidden")]
public sealed record IdeaHidden(long Seq, [property: Id(0)] Guid IdeaId) : SessionEvent(Seq);

/// <summary>
/// Carries the whole idea and its comments that are shown, since participants dropped them when it
/// was hidden.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaRestored")]
public sealed record IdeaRestored(long Seq, [property: Id(0)] IdeaView Idea, [property: Id(1)] IReadOnlyList<CommentView> Comments) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaGrouped")]
internal sealed record IdeaGrouped(long Seq, [property: Id(0)] Guid IdeaId, [property: Id(1)] Guid? GroupId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.GroupCreated")]
internal sealed record GroupCreated(long Seq, [property: Id(0)] GroupView Group) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.GroupRenamed")]
internal sealed record GroupRenamed(long Seq, [property: Id(0)] Guid GroupId, [property: Id(1)] string Name) : SessionEvent(Seq);

/// <summary>Every idea of the source group moves to the target; the source group is gone.</summary>
[GenerateSerializer, Immutable, Alias("Hub.GroupsMerged")]
internal sealed record GroupsMerged(long Seq, [property: Id(0)] Guid SourceGroupId, [property: Id(1)] Guid TargetGroupId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.PhaseChanged")]
internal sealed record PhaseChanged(long Seq, [property: Id(0)] SessionPhase Phase, [property: Id(1)] DateTimeOffset? TimerEndsAt) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.TimerChanged")]
internal sealed record TimerChanged(long Seq, [property: Id(0)] DateTimeOffset? TimerEndsAt) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.SettingsChanged")]
internal sealed record SettingsChanged(long Seq, [property: Id(0)] SessionSettings Settings) : SessionEvent(Seq);

/// <summary>Vote totals of the ideas whose count changed since the previous one; coalesced.</summary>
[GenerateSerializer, Immutable, Alias("Hub.VotesChanged")]
public sealed record VotesChanged(long Seq, [property: Id(0)] IReadOnlyDictionary<Guid, int> Totals) : SessionEvent(Seq);

/// <summary>Who is here now; coalesced like vote totals.</summary>
[GenerateSerializer, Immutable, Alias("Hub.PresenceChanged")]
internal sealed record PresenceChanged(long Seq, [property: Id(0)] PresenceView Presence) : SessionEvent(Seq);

/// <summary>A moderator let a held idea through: everyone receives it whole.</summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaApproved")]
public sealed record IdeaApproved(long Seq, [property: Id(0)] IdeaView Idea) : SessionEvent(Seq);

/// <summary>How many participants have reported an idea; for moderators only.</summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaReported")]
internal sealed record IdeaReported(long Seq, [property: Id(0)] Guid IdeaId, [property: Id(1)] int Reports) : SessionEvent(Seq)
{
    public override SessionEvent ForParticipants() => new Withheld(Seq);
}

/// <summary>These ideas no longer show an author: the author erased their part in the session.</summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeasAnonymised")]
internal sealed record IdeasAnonymised(long Seq, [property: Id(0)] IReadOnlyList<Guid> IdeaIds) : SessionEvent(Seq);

/// <summary>
/// A moderator removed a participant. Web nodes act on it (they drop that participant's
/// connections); clients other than moderators receive only a <see cref="Withheld"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.ParticipantRemoved")]
public sealed record ParticipantRemoved(long Seq, [property: Id(0)] Guid ParticipantId) : SessionEvent(Seq)
{
    public override SessionEvent ForParticipants() => new Withheld(Seq);
}

[GenerateSerializer, Immutable, Alias("Hub.ModerationLogged")]
internal sealed record ModerationLogged(long Seq, [property: Id(0)] ModerationEntry Entry) : SessionEvent(Seq)
{
    public override SessionEvent ForParticipants() => new Withheld(Seq);
}

/// <summary>Comments are made on ideas everyone sees, so everyone receives them.</summary>
[GenerateSerializer, Immutable, Alias("Hub.CommentPosted")]
internal sealed record CommentPosted(long Seq, [property: Id(0)] CommentView Comment) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.CommentDeleted")]
internal sealed record CommentDeleted(long Seq, [property: Id(0)] Guid CommentId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.CommentHidden")]
public sealed record CommentHidden(long Seq, [property: Id(0)] Guid CommentId) : SessionEvent(Seq);

/// <summary>
/// Carries the whole comment, since participants dropped it when it was hidden. While the idea it is
/// on stays hidden, only moderators receive it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.CommentRestored")]
public sealed record CommentRestored(long Seq, [property: Id(0)] CommentView Comment, [property: Id(1), JsonIgnore] bool OnHiddenIdea = false) : SessionEvent(Seq)
{
    public override SessionEvent ForParticipants() => OnHiddenIdea ? new Withheld(Seq) : this;
}
