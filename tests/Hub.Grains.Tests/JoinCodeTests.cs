using Hub.Grains.JoinCodes;

namespace Hub.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class JoinCodeTests(ClusterFixture fixture)
{
    [Fact]
    public void New_codes_avoid_characters_people_mix_up()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => JoinCode.NewCode()).ToArray();

        Assert.All(codes, code => Assert.Equal(JoinCode.Length, code.Length));
        Assert.DoesNotContain(codes.SelectMany(c => c), c => "0O1IL".Contains(c));
    }

    [Theory]
    [InlineData("abc-234", "ABC234")]
    [InlineData(" AbC 234 ", "ABC234")]
    [InlineData("ABC23", null)]
    [InlineData("ABC-23O", null)]
    [InlineData("", null)]
    public void Typed_codes_are_read_leniently_but_never_guessed(string typed, string? expected) =>
        Assert.Equal(expected, JoinCode.Normalize(typed));

    [Fact]
    public async Task A_code_opens_only_the_session_that_claimed_it()
    {
        var code = JoinCode.NewCode();
        var first = Guid.NewGuid();

        Assert.True(await fixture.Grains.GetGrain<IJoinCodeGrain>(code).TryClaim(first));
        Assert.False(await fixture.Grains.GetGrain<IJoinCodeGrain>(code).TryClaim(Guid.NewGuid()));
        Assert.Equal(first, await fixture.Grains.GetGrain<IJoinCodeGrain>(code).GetSessionId());
    }
}
