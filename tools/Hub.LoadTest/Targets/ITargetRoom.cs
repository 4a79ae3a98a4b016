using Hub.LoadTest.Clients;

namespace Hub.LoadTest.Targets;

/// <summary>One Hub session or one baseline group.</summary>
public interface ITargetRoom
{
    /// <summary>Connects and joins <paramref name="count"/> clients numbered from <paramref name="firstIndex"/>.</summary>
    Task<IReadOnlyList<IIdeaClient>> JoinAsync(int count, int firstIndex, DeliveryCounter counter, CancellationToken cancellationToken);
}
