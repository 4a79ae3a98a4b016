namespace Hub.Grains.Retention;

[GenerateSerializer, Immutable, Alias("Hub.RetentionReport")]
public sealed record RetentionReport(
    [property: Id(0)] int SessionsPurged,
    [property: Id(1)] int AccountsErased);
