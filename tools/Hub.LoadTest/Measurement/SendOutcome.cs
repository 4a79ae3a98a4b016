namespace Hub.LoadTest.Measurement;

/// <summary>What a paced run sent: the acknowledged items and how many calls failed, by error.</summary>
public sealed record SendOutcome<T>(IReadOnlyList<T> Acknowledged, int Attempted, IReadOnlyDictionary<string, int> Failures, TimeSpan SendingTime)
{
    public int Failed => Failures.Values.Sum();
}
