namespace Hub.Grains.Tests;

public static class Assertions
{
    /// <summary>The call is refused with the given rule code.</summary>
    public static async Task<RuleException> Refused(string code, Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<RuleException>(call);
        Assert.Equal(code, refusal.Code);
        return refusal;
    }
}
