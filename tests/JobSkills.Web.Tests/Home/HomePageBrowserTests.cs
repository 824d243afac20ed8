using JobSkills.Web.Tests.Browser;
using JobSkills.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace JobSkills.Web.Tests.Home;

/// <summary>The home page in headless Chromium, against the app on real Kestrel.</summary>
public sealed class HomePageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HomePage_ShowsTheSeedOutlinesRealCounts()
    {
        var home = await HomePage.OpenAsync(await browser.NewPageAsync());

        var (document, counts, fields) = await browser.App.Database.ReadCurrentAsync();
        Assert.Equal(SeedOutline.Counts with { EditedNodes = counts.EditedNodes }, counts);
        await Expect(home.DocumentName).ToHaveTextAsync(document.Name);
        foreach (var (key, text) in SeedOutline.StatTexts(counts))
        {
            await Expect(home.Stat(key)).ToHaveTextAsync(text);
        }

        await Expect(home.FieldRows).ToHaveCountAsync(fields.Count);
        Assert.Equal(fields.Select(f => f.Title), await home.FieldTitlesAsync());
        await Expect(home.ErrorBar).ToBeHiddenAsync();
    }

    [Fact]
    public async Task HomePage_KeepsTheRadzenThemeLoadedOnceWhenTheCircuitStarts()
    {
        var page = await browser.NewPageAsync();
        var themeRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/_content/Radzen.Blazor/css/", StringComparison.Ordinal))
            {
                themeRequests.Add(request.Url);
            }
        };

        var home = await HomePage.OpenAsync(page);
        await home.RefreshAsync();
        await Expect(home.RefreshButton).ToBeEnabledAsync();

        Assert.Single(themeRequests);
        await Expect(home.Header).ToHaveCSSAsync("background-color", "rgb(67, 64, 210)");
    }

    [Fact]
    public async Task Refresh_Click_ReloadsTheCountsOverTheCircuit()
    {
        var home = await HomePage.OpenAsync(await browser.NewPageAsync());
        var before = await home.Stat("edited-nodes").InnerTextAsync();

        var edited = await browser.App.Database.MarkOneMoreNodeEditedAsync();
        Assert.NotEqual(before, $"{edited}");
        await home.RefreshAsync();

        await Expect(home.Stat("edited-nodes")).ToHaveTextAsync($"{edited}");
        await Expect(home.LoadedAt).ToContainTextAsync("Loaded at ");
        await Expect(home.ErrorBar).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Refresh_WithTabAndEnter_ReloadsTheCounts()
    {
        var home = await HomePage.OpenAsync(await browser.NewPageAsync());

        var edited = await browser.App.Database.MarkOneMoreNodeEditedAsync();
        await home.RefreshWithKeyboardAsync();

        await Expect(home.Stat("edited-nodes")).ToHaveTextAsync($"{edited}");
    }
}
