namespace Hub.Faults.Tests;

/// <summary>These tests start and kill whole processes; one at a time keeps their timings honest on a small machine.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessCollection
{
    public const string Name = "processes";
}
