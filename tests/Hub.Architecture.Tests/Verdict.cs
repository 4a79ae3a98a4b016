namespace Hub.Architecture.Tests;

/// <summary>Fails a rule with every offence it found, one a line, so that a red test says what to fix.</summary>
public static class Verdict
{
    public static void NoneOf(IEnumerable<string> offences, string rule)
    {
        var found = offences.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (found.Count > 0)
        {
            Assert.Fail($"{rule} ({found.Count}):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", found)}");
        }
    }
}
