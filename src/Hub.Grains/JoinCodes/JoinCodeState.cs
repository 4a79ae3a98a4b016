namespace Hub.Grains.JoinCodes;

[GenerateSerializer, Alias("Hub.JoinCodeState")]
internal sealed class JoinCodeState
{
    [Id(0)] public Guid? SessionId { get; set; }
}
