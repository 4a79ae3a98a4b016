namespace Hub.LoadTest.Clients;

/// <summary>The moment one client first saw an idea's total reach <see cref="Total"/>.</summary>
public readonly record struct VoteRise(int Total, long Timestamp);
