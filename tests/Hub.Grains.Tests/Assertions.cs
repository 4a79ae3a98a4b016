using Hub.Grains.Sessions;

namespace Hub.Grains.Tests;

public static class Assertions
{
    /// <summary>The call is refused with the given rule code.</summary>
    public static async Task<SessionRuleException> Refused(string code, Func<Task> call)
    {
        var refusal = await Assert.ThrowsAsync<SessionRuleException>(call);
        Assert.Equal(code, refusal.Code);
        return refusal;
    }
}
