using Hub.LoadTest.Clients;

namespace Hub.LoadTest.Targets;

/// <summary>One session of a running Hub.</summary>
public sealed class HubSession(HubTarget hub, Guid sessionId, string joinCode) : ITargetRoom
{
    public Guid SessionId => sessionId;

    public string JoinCode => joinCode;

    public Task SetPhaseAsync(string phase, CancellationToken cancellationToken) =>
        ModeratorClient.SetPhaseAsync(hub.Moderator, sessionId, phase, cancellationToken);

    public async Task<IReadOnlyList<IIdeaClient>> JoinAsync(int count, int firstIndex, DeliveryCounter counter, CancellationToken cancellationToken) =>
        await JoinParticipantsAsync(count, firstIndex, counter, trackVotes: false, cancellationToken);

    public Task<IReadOnlyList<HubParticipant>> JoinParticipantsAsync(int count, int firstIndex, DeliveryCounter counter, bool trackVotes, CancellationToken cancellationToken) =>
        Joining.ManyAsync(count, firstIndex, (index, token) => JoinOneAsync(index, counter, trackVotes, token), cancellationToken);

    public async Task<HubParticipant> ConnectAsync(int index, DeliveryCounter counter, bool trackVotes, CancellationToken cancellationToken)
    {
        var participant = new HubParticipant(index, hub.Participants, new SessionStream(new IdeaArrivals(counter), trackVotes ? new VoteTotals() : null));
        await participant.ConnectAsync(cancellationToken);
        return participant;
    }

    public async Task<HubParticipant> JoinOneAsync(int index, DeliveryCounter counter, bool trackVotes, CancellationToken cancellationToken)
    {
        var participant = await ConnectAsync(index, counter, trackVotes, cancellationToken);
        await participant.JoinAsync(joinCode, cancellationToken);
        return participant;
    }
}
