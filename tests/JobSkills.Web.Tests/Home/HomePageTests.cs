using Bunit;
using JobSkills.Web.Hosting;
using JobSkills.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace JobSkills.Web.Tests.Home;

/// <summary>The home page rendered by bUnit against a real SQLite file.</summary>
public sealed class HomePageTests : BunitContext
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(30);
    private TestDatabase? database;

    [Fact]
    public async Task Home_WithSeededDatabase_ShowsTheDocumentAndItsCounts()
    {
        var cut = RenderHome(await UseDatabaseAsync(TestDatabase.SeededAsync()));

        cut.WaitForElement("[data-stat]", LoadTimeout);
        Assert.Equal(SeedOutline.Name, cut.Find("[data-document=name]").TextContent);
        Assert.StartsWith("1 ", cut.Find("[data-document=version]").TextContent);
        foreach (var (key, text) in SeedOutline.StatTexts(SeedOutline.Counts))
        {
            Assert.Equal(text, cut.Find($"[data-stat={key}] .stat-value").TextContent);
        }
    }

    [Fact]
    public async Task Home_WithSeededDatabase_ListsTheTopLevelFieldsInTheGrid()
    {
        var cut = RenderHome(await UseDatabaseAsync(TestDatabase.SeededAsync()));

        var rows = cut.WaitForElements(".fields-grid tbody tr.rz-data-row", LoadTimeout);
        var expected = SeedOutline.TopLevelFields;
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = rows[i].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            Assert.Equal(
                [expected[i].Title, $"{expected[i].Subfields}", $"{expected[i].SkillSets}", $"{expected[i].Placeholders}", expected[i].Nodes.ToString("N0")],
                cells);
        }
    }

    [Fact]
    public async Task Refresh_AfterTheDatabaseChanged_ShowsTheNewCounts()
    {
        var db = await UseDatabaseAsync(TestDatabase.SeededAsync());
        var cut = RenderHome(db);
        cut.WaitForElement("[data-stat]", LoadTimeout);
        Assert.Equal("0", cut.Find("[data-stat=edited-nodes] .stat-value").TextContent);

        var edited = await db.MarkOneMoreNodeEditedAsync();
        await cut.Find("#refresh").ClickAsync(new());

        cut.WaitForAssertion(
            () => Assert.Equal($"{edited}", cut.Find("[data-stat=edited-nodes] .stat-value").TextContent),
            LoadTimeout);
        Assert.StartsWith("Loaded at ", cut.Find("#loaded-at").TextContent.Trim());
    }

    [Fact]
    public async Task Home_WithoutAnOutline_ShowsTheEmptyState()
    {
        var cut = RenderHome(await UseDatabaseAsync(TestDatabase.EmptyAsync()));

        var empty = cut.WaitForElement("#empty-state", LoadTimeout);
        Assert.Contains("No outline imported yet", empty.TextContent);
        Assert.Empty(cut.FindAll("[data-stat]"));
    }

    [Fact]
    public async Task Home_WhenTheDatabaseCannotBeRead_ShowsTheErrorAndStaysUsable()
    {
        var db = database = TestDatabase.NotCreated();
        await File.WriteAllTextAsync(db.Path, "this is not a SQLite database, but it is long enough to have a header.......");

        var cut = RenderHome(db);

        var error = cut.WaitForElement("#load-error", LoadTimeout);
        Assert.Contains("could not be loaded", error.TextContent);
        Assert.False(cut.Find("#refresh").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Home_BeforeTheCircuitIsInteractive_DisablesRefresh()
    {
        var cut = RenderHome(await UseDatabaseAsync(TestDatabase.SeededAsync()), interactive: false);

        cut.WaitForElement("[data-stat]", LoadTimeout);
        Assert.True(cut.Find("#refresh").HasAttribute("disabled"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        database?.Dispose();
        database = null;
    }

    private async Task<TestDatabase> UseDatabaseAsync(Task<TestDatabase> create) => database = await create;

    private IRenderedComponent<Components.Pages.Home.Home> RenderHome(TestDatabase db, bool interactive = true)
    {
        Services.AddLogging();
        Services.AddSingleton(new DatabaseLocation(db.Path));
        Services.AddJobSkills();
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", interactive));
        return Render<Components.Pages.Home.Home>();
    }
}
