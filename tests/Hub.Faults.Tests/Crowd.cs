using System.Collections;

namespace Hub.Faults.Tests;

/// <summary>Participants joined through one or more web nodes, who leave together when the test ends, however it ends.</summary>
public sealed class Crowd : IReadOnlyList<LiveParticipant>, IAsyncDisposable
{
    private readonly LiveParticipant[] _participants;

    private Crowd(LiveParticipant[] participants) => _participants = participants;

    public int Count => _participants.Length;

    public LiveParticipant this[int index] => _participants[index];

    /// <summary>Joins <paramref name="count"/> participants, spread in turn over the given web nodes.</summary>
    public static async Task<Crowd> JoinAsync(string code, int count, params WebNode[] webNodes) =>
        new(await Task.WhenAll(Enumerable.Range(1, count)
            .Select(i => LiveParticipant.JoinAsync(webNodes[i % webNodes.Length].Root, code, $"Deltagare {i}"))));

    public async ValueTask DisposeAsync()
    {
        foreach (var participant in _participants)
        {
            await participant.DisposeAsync();
        }
    }

    public IEnumerator<LiveParticipant> GetEnumerator() => ((IEnumerable<LiveParticipant>)_participants).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
