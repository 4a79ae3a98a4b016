namespace Hub.Grains;

/// <summary>
/// A request that breaks a rule of the domain. It carries a stable <see cref="Code"/> so the web
/// tier can turn it into a typed hub error or a ProblemDetails response without parsing text.
/// </summary>
[GenerateSerializer, Alias("Hub.RuleException")]
public sealed class RuleException : Exception
{
    public RuleException(string code, string message) : base(message) => Code = code;

    [Id(0)]
    public string Code { get; }
}
