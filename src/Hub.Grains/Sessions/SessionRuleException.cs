namespace Hub.Grains.Sessions;

/// <summary>
/// A request that breaks a session rule. It carries a stable <see cref="Code"/> so the web
/// tier can turn it into a typed hub error or a ProblemDetails response without parsing text.
/// </summary>
[GenerateSerializer, Alias("Hub.SessionRuleException")]
public sealed class SessionRuleException : Exception
{
    public SessionRuleException(string code, string message) : base(message) => Code = code;

    [Id(0)]
    public string Code { get; }
}
