using System.Net;
using Hub.Grains.Accounts;
using Hub.Web.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>Signing in as people do: the set-up link, invitations and mailed one-time links, roles, erasure.</summary>
[Collection(HubAppCollection.Name)]
public sealed class AccountFlowTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    [Fact]
    public async Task The_first_admin_is_set_up_once_through_the_printed_link()
    {
        // As in production: no local admin link, and no demo seeded by a local admin.
        await using var app = HubApp.InNewFolder(new Dictionary<string, string?> { ["Hub:LocalSignIn:Enabled"] = "false", ["Hub:Demo:Seed"] = "false" });
        var secret = app.Services.GetRequiredService<FirstAdminSetup>().Secret;
        using var browser = app.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/setup/not-the-secret")).StatusCode);

        var response = await browser.SubmitAsync($"/setup/{secret}", ("DisplayName", "Ada Admin"), ("Email", "ada@example.se"));

        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        Assert.Contains("ada@example.se", await browser.PageAsync("/admin"));
        using var latecomer = app.NewBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await latecomer.GetAsync($"/setup/{secret}")).StatusCode);
    }

    [Fact]
    public async Task An_invited_moderator_signs_in_once_with_the_mailed_link()
    {
        using var admin = await App.LocalAdminAsync();
        var email = $"bo.{Guid.NewGuid():N}@example.se";
        var invited = await admin.SubmitAsync(
            "/admin", [new("displayName", "Bo Berg"), new("email", email), new("roles", nameof(HubRole.Moderator))], "/admin?handler=Invite");
        Assert.Contains(email, await invited.Content.ReadAsStringAsync());
        var link = App.LatestSignInLink(email);

        using var bo = App.NewBrowser();
        Assert.Equal("/account", (await HubApp.UseSignInLinkAsync(bo, link)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await bo.GetAsync("/moderator")).StatusCode);

        using var later = App.NewBrowser();
        var reused = await HubApp.UseSignInLinkAsync(later, link);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("redan använd", await reused.Content.ReadAsStringAsync());
        Assert.False(later.IsSignedIn);
    }

    [Fact]
    public async Task Asking_for_a_link_answers_the_same_whether_or_not_the_address_has_an_account()
    {
        var (_, known) = await App.SignedInAsync("Cecilia");
        var unknown = $"ingen.{Guid.NewGuid():N}@example.se";
        using var browser = App.NewBrowser();

        var forUnknown = await (await browser.SubmitAsync("/sign-in", ("Email", unknown))).Content.ReadAsStringAsync();
        var forKnown = await (await browser.SubmitAsync("/sign-in", ("Email", known.Email))).Content.ReadAsStringAsync();

        Assert.Contains("Om hubben har ett konto för adressen", forUnknown);
        Assert.Contains("Om hubben har ett konto för adressen", forKnown);

        // Links go out after the page has answered, one request after another: once the known
        // address has its link, the unknown one has been dealt with too.
        Assert.Contains("/sign-in/link?", (await App.MailToAsync(known.Email)).TextBody);
        Assert.Empty(App.MessagesTo(unknown));
        Assert.Single(App.MessagesTo(known.Email));
    }

    [Fact]
    public async Task The_account_page_lists_the_challenges_one_follows_with_where_each_stands()
    {
        var (browser, _) = await App.SignedInAsync("Frida");
        var (followed, takenBack) = (Demo.DemoData.Challenges[1], Demo.DemoData.Challenges[2]);
        Assert.Contains("Inga ännu.", await browser.PageAsync("/account"));

        Assert.True((await browser.SendJsonAsync(HttpMethod.Put, $"/api/challenges/{followed.Id}/followers/me", new { })).IsSuccessStatusCode);
        Assert.True((await browser.SendJsonAsync(HttpMethod.Put, $"/api/challenges/{takenBack.Id}/followers/me", new { })).IsSuccessStatusCode);
        Assert.True((await browser.DeleteAsync($"/api/challenges/{takenBack.Id}/followers/me")).IsSuccessStatusCode);

        var page = await browser.PageAsync("/account");
        Assert.Contains($"<a href=\"/challenges/{followed.Id}\">{followed.Draft.Title}</a>", page);
        Assert.Contains("<span class=\"badge\">Öppen</span>", page);
        Assert.DoesNotContain(takenBack.Id.ToString(), page);
    }

    [Fact]
    public async Task A_role_taken_away_counts_at_the_very_next_request()
    {
        var (moderator, account) = await App.SignedInAsync("Mona", HubRole.Moderator);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync("/moderator")).StatusCode);
        using var admin = await App.LocalAdminAsync();

        await admin.SubmitAsync("/admin", [new("accountId", account.Id.ToString())], "/admin?handler=Roles");

        var refused = await moderator.GetAsync("/moderator");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/sign-in", refused.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_person_downloads_their_data_and_erases_their_account()
    {
        var (browser, account) = await App.SignedInAsync("Dora", HubRole.Moderator);

        var export = await browser.GetAsync("/account/export");
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains(account.Email, await export.Content.ReadAsStringAsync());

        var erased = await browser.SubmitAsync("/account", [new("confirm", "true")], "/account?handler=Erase");

        Assert.Equal("/?erased=true", erased.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account")).StatusCode);
        Assert.Null(await App.Services.GetRequiredService<AccountRegistry>().FindByEmailAsync(account.Email));
    }

    [Fact]
    public async Task Erasing_needs_the_box_ticked()
    {
        var (browser, account) = await App.SignedInAsync("Erik");

        var refused = await browser.SubmitAsync("/account", [], "/account?handler=Erase");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(await App.Services.GetRequiredService<AccountRegistry>().FindByEmailAsync(account.Email));
    }
}
