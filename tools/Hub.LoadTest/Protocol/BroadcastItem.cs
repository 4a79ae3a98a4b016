namespace Hub.LoadTest.Protocol;

/// <summary>
/// What the baseline server broadcasts: shaped like the Hub's <c>IdeaView</c>, so both servers
/// serialize and send payloads of about the same size.
/// </summary>
public sealed record BroadcastItem(Guid Id, string Text, string AuthorName, DateTimeOffset PostedAt);
