using Bunit;
using Bunit.TestDoubles;
using JobSkills.Outline;
using JobSkills.Web.Components.Pages.Home;
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
    private readonly BunitPersistentComponentState prerenderedState;
    private TestDatabase? database;

    public HomePageTests() => prerenderedState = AddBunitPersistentComponentState();

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

    [Fact]
    public async Task Home_Prerendering_HandsTheOverviewToTheCircuit()
    {
        var cut = RenderHome(await UseDatabaseAsync(TestDatabase.SeededAsync()), interactive: false);
        cut.WaitForElement("[data-stat]", LoadTimeout);

        prerenderedState.TriggerOnPersisting();

        Assert.True(prerenderedState.TryTake<HomeOverview>(nameof(HomeOverview), out var handedOver));
        Assert.Equal(SeedOutline.Counts, handedOver!.Counts);
        Assert.Equal(SeedOutline.Name, handedOver.Document?.Name);
    }

    [Fact]
    public async Task Home_WithAPrerenderedOverview_ShowsItWithoutLoadingAgain()
    {
        var db = await UseDatabaseAsync(TestDatabase.EmptyAsync());
        AddServices(db);
        var counts = new OutlineCounts(Nodes: 12, Fields: 3, ListItems: 9, SkillSets: 2, Placeholders: 4, EditedNodes: 1);
        prerenderedState.Persist(nameof(HomeOverview), new HomeOverview(
            db.Path, DateTimeOffset.Now, new OutlineDocumentInfo(7, "prerendered.md", 2, DateTime.UtcNow, 345, 2), counts, []));

        var cut = Render<Components.Pages.Home.Home>();

        Assert.Equal("prerendered.md", cut.Find("[data-document=name]").TextContent);
        foreach (var (key, text) in SeedOutline.StatTexts(counts))
        {
            Assert.Equal(text, cut.Find($"[data-stat={key}] .stat-value").TextContent);
        }
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
        AddServices(db, interactive);
        return Render<Components.Pages.Home.Home>();
    }

    private void AddServices(TestDatabase db, bool interactive = true)
    {
        Services.AddLogging();
        Services.AddSingleton(new DatabaseLocation(db.Path));
        Services.AddJobSkills();
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", interactive));
    }
}
