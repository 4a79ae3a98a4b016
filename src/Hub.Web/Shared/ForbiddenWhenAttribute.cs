namespace Hub.Web.Shared;

/// <summary>Rule codes that answer a page's handler with 403 instead of showing on the page (<see cref="RuleRefusalFilter"/>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class ForbiddenWhenAttribute(params string[] codes) : Attribute
{
    public IReadOnlyList<string> Codes { get; } = codes;
}
