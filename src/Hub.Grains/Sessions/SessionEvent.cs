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
public abstract record SessionEvent([property: Id(0)] long Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaPosted")]
public sealed record IdeaPosted(long Seq, [property: Id(0)] IdeaView Idea) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaEdited")]
public sealed record IdeaEdited(long Seq, [property: Id(0)] Guid IdeaId, [property: Id(1)] string Text) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaDeleted")]
public sealed record IdeaDeleted(long Seq, [property: Id(0)] Guid IdeaId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaHidden")]
public sealed record IdeaHidden(long Seq, [property: Id(0)] Guid IdeaId) : SessionEvent(Seq);

/// <summary>Carries the whole idea, since participants dropped it when it was hidden.</summary>
[GenerateSerializer, Immutable, Alias("Hub.IdeaRestored")]
public sealed record IdeaRestored(long Seq, [property: Id(0)] IdeaView Idea) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.IdeaGrouped")]
public sealed record IdeaGrouped(long Seq, [property: Id(0)] Guid IdeaId, [property: Id(1)] Guid? GroupId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.GroupCreated")]
public sealed record GroupCreated(long Seq, [property: Id(0)] GroupView Group) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.GroupRenamed")]
public sealed record GroupRenamed(long Seq, [property: Id(0)] Guid GroupId, [property: Id(1)] string Name) : SessionEvent(Seq);

/// <summary>Every idea of the source group moves to the target; the source group is gone.</summary>
[GenerateSerializer, Immutable, Alias("Hub.GroupsMerged")]
public sealed record GroupsMerged(long Seq, [property: Id(0)] Guid SourceGroupId, [property: Id(1)] Guid TargetGroupId) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.PhaseChanged")]
public sealed record PhaseChanged(long Seq, [property: Id(0)] SessionPhase Phase, [property: Id(1)] DateTimeOffset? TimerEndsAt) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.TimerChanged")]
public sealed record TimerChanged(long Seq, [property: Id(0)] DateTimeOffset? TimerEndsAt) : SessionEvent(Seq);

[GenerateSerializer, Immutable, Alias("Hub.SettingsChanged")]
public sealed record SettingsChanged(long Seq, [property: Id(0)] SessionSettings Settings) : SessionEvent(Seq);

/// <summary>Vote totals of the ideas whose count changed since the previous one; coalesced.</summary>
[GenerateSerializer, Immutable, Alias("Hub.VotesChanged")]
public sealed record VotesChanged(long Seq, [property: Id(0)] IReadOnlyDictionary<Guid, int> Totals) : SessionEvent(Seq);

/// <summary>Who is here now; coalesced like vote totals.</summary>
[GenerateSerializer, Immutable, Alias("Hub.PresenceChanged")]
public sealed record PresenceChanged(long Seq, [property: Id(0)] PresenceView Presence) : SessionEvent(Seq);
