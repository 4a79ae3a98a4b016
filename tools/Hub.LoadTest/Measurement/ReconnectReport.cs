namespace Hub.LoadTest.Measurement;

/// <summary>
/// Participants that dropped their connection and came back with <c>Rejoin</c>: how many, how
/// the server caught them up, and how long from dropping the old connection to the answer applied.
/// </summary>
public sealed record ReconnectReport(int Attempted, int ViaEvents, int ViaSnapshot, int Failed, LatencySummary Duration);
