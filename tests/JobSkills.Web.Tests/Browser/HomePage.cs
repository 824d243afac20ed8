using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace JobSkills.Web.Tests.Browser;

/// <summary>Page object for the outline overview at "/".</summary>
public sealed class HomePage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Outline overview", Level = 1 });

    public ILocator Header => page.Locator(".rz-header");

    public ILocator DocumentName => page.Locator("[data-document=name]");

    public ILocator RefreshButton => page.Locator("#refresh");

    public ILocator LoadedAt => page.Locator("#loaded-at");

    public ILocator FieldRows => page.Locator(".fields-grid tbody tr.rz-data-row");

    public ILocator ErrorBar => page.Locator("#blazor-error-ui");

    public ILocator Stat(string key) => page.Locator($"[data-stat={key}] .stat-value");

    /// <summary>Opens "/" and waits for the circuit: Refresh is disabled in the prerendered HTML and enabled once it is connected.</summary>
    public static async Task<HomePage> OpenAsync(IPage page)
    {
        var home = new HomePage(page);
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response?.Status);
        await Expect(home.Heading).ToBeVisibleAsync();
        await Expect(home.RefreshButton).ToBeEnabledAsync();
        return home;
    }

    public Task RefreshAsync() => RefreshButton.ClickAsync();

    /// <summary>Presses Tab until Refresh has the focus, then Enter.</summary>
    public async Task RefreshWithKeyboardAsync()
    {
        for (var presses = 0; presses < 20; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await RefreshButton.EvaluateAsync<bool>("button => document.activeElement === button"))
            {
                await page.Keyboard.PressAsync("Enter");
                return;
            }
        }

        Assert.Fail("Refresh cannot be reached with the Tab key");
    }

    public async Task<IReadOnlyList<string>> FieldTitlesAsync() =>
        await FieldRows.Locator("td:first-child").AllInnerTextsAsync();
}
