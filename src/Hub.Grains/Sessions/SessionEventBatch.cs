namespace Hub.Grains.Sessions;

/// <summary>
/// Consecutive events of one session stream. <see cref="Epoch"/> names the stream: it changes
/// when the session grain is activated anew, and a client that saw another epoch takes a snapshot.
/// </summary>
[GenerateSerializer, Immutable, Alias("Hub.SessionEventBatch")]
public sealed record SessionEventBatch(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid Epoch,
    [property: Id(2)] IReadOnlyList<SessionEvent> Events)
{
    /// <summary>The batch as participants and room displays receive it; the same instance when nothing is withheld.</summary>
    public SessionEventBatch ForParticipants()
    {
        SessionEvent[]? redacted = null;
        for (var i = 0; i < Events.Count; i++)
        {
            var shown = Events[i].ForParticipants();
            if (!ReferenceEquals(shown, Events[i]))
            {
                redacted ??= [.. Events];
                redacted[i] = shown;
            }
        }

        return redacted is null ? this : this with { Events = redacted };
    }
}
