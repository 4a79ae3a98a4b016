using Deque.AxeCore.Playwright;

namespace Hub.Browser.Tests;

/// <summary>
/// Axe on every page, in both languages: no serious or critical WCAG violation; and every page
/// reflows to a 320 px wide screen without scrolling sideways (WCAG 1.4.10).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> PagesInBothLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "sv-SE", "en-GB" })
        {
            foreach (var page in new[] { "start", "join-error", "join", "participant", "moderator", "console", "display", "sign-in", "account", "admin", "audit", "challenges", "challenge", "event", "event-display", "events", "places", "place", "organisations", "organisation", "not-found" })
            {
                data.Add(page, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInBothLanguages))]
    public async Task Page_has_no_serious_accessibility_violations(string name, string culture)
    {
        var code = fixture.App.DemoJoinCode;
        var page = name is "moderator" or "console" or "account" or "admin" or "audit" ? await fixture.NewModeratorPageAsync(culture) : await fixture.NewPageAsync(culture);
        switch (name)
        {
            case "start": await page.GotoAsync("/"); break;
            case "join-error": await page.GotoAsync("/join?code=nope"); break;
            case "join":
                await page.GotoAsync($"/s/{code}");
                await Expect(page.Locator("[data-role=join-form]")).ToBeVisibleAsync();
                break;
            case "participant":
                await page.GotoAsync($"/s/{code}");
                await page.Locator("#display-name").FillAsync("Axe");
                await page.Locator("[data-role=join-form] button").ClickAsync();
                await Expect(page.Locator("[data-role=live]")).ToBeVisibleAsync();
                break;
            case "moderator": await page.GotoAsync("/moderator"); break;
            case "console":
                await page.GotoAsync($"/moderate/{fixture.App.DemoSessionId}");
                await Expect(page.Locator("[data-bind=phase-buttons] button")).ToHaveCountAsync(6);
                break;
            case "display":
                await page.GotoAsync($"/display/{code}");
                await Expect(page.Locator(".status-bar [data-bind=phase]")).Not.ToBeEmptyAsync();
                break;
            case "sign-in": await page.GotoAsync("/sign-in"); break;
            case "account": await page.GotoAsync("/account"); break;
            case "admin": await page.GotoAsync("/admin"); break;
            case "audit": await page.GotoAsync("/admin/audit"); break;
            case "challenges": await page.GotoAsync("/challenges"); break;
            case "challenge": await page.GotoAsync($"/challenges/{Hub.Web.Demo.DemoData.Challenges[0].Id}"); break;
            case "event": await page.GotoAsync($"/events/{Hub.Web.Demo.DemoData.EventId}"); break;
            case "event-display": await page.GotoAsync($"/events/{Hub.Web.Demo.DemoData.EventId}/display"); break;
            case "events": await page.GotoAsync("/events"); break;
            case "places": await page.GotoAsync("/places"); break;
            case "place": await page.GotoAsync($"/places/{Hub.Web.Demo.DemoData.Places[0].Id}"); break;
            case "organisations": await page.GotoAsync("/organisations"); break;
            case "organisation": await page.GotoAsync($"/organisations/{Hub.Web.Demo.DemoData.Organisations[3].Id}"); break;
            case "not-found": await page.GotoAsync("/s/ZZZZZZ"); break;
        }

        Assert.Equal(culture[..2], await page.Locator("html").GetAttributeAsync("lang"));
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToArray();
        Assert.True(serious.Length == 0, string.Join(Environment.NewLine, serious));
        var english = await EnglishOnPageAsync(page);
        if (culture == "sv-SE")
        {
            Assert.True(english.Length == 0, $"English on a Swedish page: {string.Join(" | ", english)}");
        }
        else
        {
            // The same words on the English page show that the search finds English where it is.
            Assert.NotEmpty(english);
        }

        await page.SetViewportSizeAsync(320, 640);
        var overflowing = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')).slice(0, 5).map(e => e.outerHTML.slice(0, 120))");
        Assert.True(overflowing.Length == 0, $"Wider than 320 px: {string.Join(Environment.NewLine, overflowing)}");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The page's own text, outside anything marked as another language, in sentences that use a
    /// word English has and Swedish does not. Demo content is Swedish, so any hit is a text that
    /// was never translated.
    /// </summary>
    private static Task<string[]> EnglishOnPageAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => {
          const english = /\b(the|and|of|to|are|must|with|your|you|this|that|not|has|have|was|will|Address|Event|Events|Sign in|Votes?|Ideas?)\b/i;
          const pageLanguage = document.documentElement.lang;
          const inAnotherLanguage = (element) => element.closest('[lang]')?.lang !== pageLanguage;
          const hits = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || element.closest('script, style, [hidden]') || inAnotherLanguage(element)) continue;
            const text = node.textContent.trim();
            if (text && english.test(text)) hits.push(text.slice(0, 80));
          }
          for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
            if (inAnotherLanguage(element)) continue;
            for (const name of ['aria-label', 'placeholder', 'title']) {
              const text = element.getAttribute(name);
              if (text && english.test(text)) hits.push(`${name}="${text.slice(0, 80)}"`);
            }
          }
          return hits;
        }
        """);

    [Fact]
    public async Task The_language_switch_turns_the_page_english_and_back()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Idéer för Stockholm, tillsammans");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ideas for Stockholm, together");

        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Idéer för Stockholm, tillsammans");
    }
}
