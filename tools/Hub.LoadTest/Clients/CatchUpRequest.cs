namespace Hub.LoadTest.Clients;

/// <summary>The arguments of a <c>CatchUp</c> call the stream needs before it can apply more.</summary>
public sealed record CatchUpRequest(Guid Epoch, long AfterSeq);
