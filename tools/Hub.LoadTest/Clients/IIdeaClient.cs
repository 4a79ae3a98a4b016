namespace Hub.LoadTest.Clients;

/// <summary>A connected client that posts ideas and records which ideas reached it, whichever server it talks to.</summary>
public interface IIdeaClient : IAsyncDisposable
{
    int Index { get; }

    IdeaArrivals Arrivals { get; }

    /// <returns>The idea's id once the server acknowledged it.</returns>
    Task<Guid> PostAsync(string text, CancellationToken cancellationToken);
}
