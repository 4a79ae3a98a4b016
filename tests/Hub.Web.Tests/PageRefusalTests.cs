using System.Net;
using Hub.Grains.Organisations;
using Hub.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Web.Tests;

/// <summary>A rule a page's handler breaks shows on that page, or answers 403 where the page says so; nothing changes.</summary>
[Collection(HubAppCollection.Name)]
public sealed class PageRefusalTests(HubAppFixture fixture)
{
    private HubApp App => fixture.App;

    private IOrganisationDirectoryGrain Directory => App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganisationDirectoryGrain>(0);

    [Fact]
    public async Task A_broken_rule_shows_its_reason_on_the_page_that_was_refused()
    {
        using var admin = await App.LocalAdminAsync();
        var taken = DemoData.Organisations[0].Profile.Name;

        var refused = await admin.SubmitAsync(
            "/admin",
            [new("name", taken), new("kind", nameof(OrganisationKind.Company)), new("adminName", "Per Persson"), new("adminEmail", $"per.{Guid.NewGuid():N}@example.se")],
            "/admin?handler=Organisation");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("En annan organisation har det namnet.", page);
        // The page lists what is true after the refusal, as after any action.
        Assert.Contains(DemoData.Organisations[1].Profile.Name, page);
        Assert.Single(await Directory.List(), o => o.Name == taken);
    }

    [Fact]
    public async Task A_rule_the_page_names_as_forbidden_answers_as_forbidden()
    {
        var (browser, _) = await App.SignedInAsync("Olle");
        var (id, profile) = DemoData.Organisations[0];

        var refused = await browser.SubmitAsync(
            "/account", [new("Form.Name", "Kapad"), new("Form.Kind", nameof(OrganisationKind.Company))], $"/organisations/{id}/edit");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/sign-in", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(profile.Name, (await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganisationGrain>(id).Get())!.Profile.Name);
    }
}
