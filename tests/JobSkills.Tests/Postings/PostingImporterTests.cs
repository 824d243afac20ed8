using System.Text;
using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Search;
using JobSkills.Seeds;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Tests.Postings;

/// <summary>The whole pipeline on the real seed data: outline, vocabulary, postings, links, search and field matching.</summary>
public sealed class SeededLibraryFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public SeedImportResult Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        var factory = Database.Factory;
        var linker = new SkillLinker(factory);
        var outlines = new OutlineService(factory);
        Seed = await new SeedImporter(new OutlineImporter(factory), outlines, linker, new PostingImporter(factory, linker), new PostingService(factory))
            .ImportIfEmptyAsync();
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PostingImporterTests(SeededLibraryFixture library) : IClassFixture<SeededLibraryFixture>
{
    private DbContextFactory Factory => library.Database.Factory;

    [Fact]
    public void SeedImport_StoresEveryPostingWithCompanyTitleSectionsAndSkills()
    {
        var postings = library.Seed.Postings.ToDictionary(p => p.SourceName);
        Assert.Equal(4, postings.Count);
        Assert.All(postings.Values, p => Assert.Equal(PostingImportStatus.Imported, p.Status));
        Assert.Equal(("Apple", "Machine Learning Applied Scientist"), (postings["apple-ml-applied-scientist.txt"].Company, postings["apple-ml-applied-scientist.txt"].Title));
        Assert.Equal("Microsoft", postings["microsoft-research-ml-uq-intern.txt"].Company);
        Assert.Equal("Pinterest", postings["pinterest-phd-ml-intern-atg.txt"].Company);
        Assert.Equal("Scale AI", postings["scale-ai-ml-research-intern.txt"].Company);
        Assert.All(postings.Values, p => Assert.True(p.Sections >= 4, $"{p.SourceName}: {p.Sections} sections"));
        Assert.All(postings.Values, p => Assert.True(p.Skills >= 8, $"{p.SourceName}: {p.Skills} skills"));
    }

    [Fact]
    public async Task List_GivesPayLocationSectionsAndSkillsPerPosting()
    {
        var postings = (await new PostingService(Factory).ListAsync()).ToDictionary(p => p.SourceName);
        var pinterest = postings["pinterest-phd-ml-intern-atg.txt"];
        Assert.Equal(("$12100 monthly", 12100m, "USD", PayPeriod.Month), (pinterest.PayText, pinterest.PayMin, pinterest.PayCurrency, pinterest.PayPeriod));
        Assert.Contains("San Francisco, CA", pinterest.Location);
        Assert.Contains(pinterest.Sections, s => s.Kind == SectionKind.Required && s.Heading == "The Must-Haves");
        Assert.Contains("PyTorch", pinterest.Skills, StringComparer.OrdinalIgnoreCase);

        var apple = postings["apple-ml-applied-scientist.txt"];
        Assert.Equal((131500m, 243300m), (apple.PayMin, apple.PayMax));
        Assert.Equal(new DateOnly(2024, 5, 9), apple.PostedOn);
        Assert.Contains("Computer Vision", apple.Skills, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Search_Pytorch_RanksThePostingsThatRequireItFirstWithHighlights()
    {
        var page = await new PostingSearch(Factory, new SqliteSearchIndex()).SearchAsync(new PostingSearchRequest { Query = "pytorch" });

        Assert.Equal(["Apple", "Microsoft", "Pinterest"], page.Results.Select(r => r.Company).Order());
        Assert.All(page.Results, r => Assert.Contains(r.Snippets, s => s.Text.Contains(Highlight.Start) && s.Kind is SectionKind.Required or SectionKind.Preferred or SectionKind.About));
        Assert.Contains(page.Results[0].Snippets, s => s.Kind == SectionKind.Required);
    }

    [Fact]
    public async Task Search_WithSkillFilter_KeepsOnlyPostingsWhereTheTermOccurs()
    {
        var search = new PostingSearch(Factory, new SqliteSearchIndex());
        var withPyTorch = await search.SearchAsync(new PostingSearchRequest { Query = "research", Skill = "pytorch" });
        Assert.DoesNotContain(withPyTorch.Results, r => r.Company == "Scale AI");
        Assert.NotEmpty(withPyTorch.Results);
    }

    [Fact]
    public async Task Match_SeedPostings_GivesSensibleFieldsWithEvidence()
    {
        var postings = (await new PostingService(Factory).ListAsync()).ToDictionary(p => p.Company);
        var matcher = new FieldMatchService(Factory, new OutlineService(Factory), new SkillLinker(Factory));

        var apple = await matcher.MatchPostingAsync(postings["Apple"].Id, top: 5);
        Assert.Contains(apple, m => m.Path.EndsWith("Computer Vision", StringComparison.Ordinal));
        Assert.All(apple, m => Assert.NotEmpty(m.Evidence));
        Assert.Equal(apple.OrderByDescending(m => m.Score).Select(m => m.Path), apple.Select(m => m.Path));

        var scale = await matcher.MatchPostingAsync(postings["Scale AI"].Id, top: 10);
        Assert.Contains(scale, m => m.Path.EndsWith("Computer Vision", StringComparison.Ordinal));
        Assert.Contains(scale, m => m.Path.Contains("MLOps", StringComparison.Ordinal));
        Assert.Contains(scale, m => m.Path.Contains("Natural Language Processing", StringComparison.Ordinal));

        await Assert.ThrowsAsync<KeyNotFoundException>(() => matcher.MatchPostingAsync(99999));
    }

    [Fact]
    public async Task Reimport_OfTheSeedFolder_SaysAlreadyImportedAndAddsNothing()
    {
        var outcomes = await new PostingImporter(Factory).ImportAsync([SeedData.PostingsFolder]);
        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(PostingImportStatus.AlreadyImported, o.Result!.Status));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(4, await db.Postings.CountAsync());
    }
}

public sealed class PostingImportFailureTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Write(string name, byte[] bytes) => temp.Write(name, bytes);

    [Fact]
    public async Task Import_FolderWithBadFiles_ImportsTheGoodOnesAndSaysWhyEachBadOneFailed()
    {
        using var database = await TestDatabase.CreateAsync();
        File.Copy(Path.Combine(SeedData.PostingsFolder, "microsoft-research-ml-uq-intern.txt"), Path.Combine(temp.Path, "good.txt"));
        Write("empty.txt", []);
        Write("nul.md", new byte[2048]);
        Write("latin1.txt", Encoding.Latin1.GetBytes("Ingénieur logiciel\nExigences: Python\n"));
        Write("scripts.html", "<html><body><script>alert(1)</script><nav>Home</nav></body></html>"u8.ToArray());
        Write("notes.json", "{}"u8.ToArray());

        var outcomes = await new PostingImporter(database.Factory).ImportAsync([temp.Path]);

        Assert.DoesNotContain(outcomes, o => o.Path.EndsWith("notes.json", StringComparison.Ordinal));
        var byName = outcomes.ToDictionary(o => Path.GetFileName(o.Path));
        Assert.Equal(PostingImportStatus.Imported, byName["good.txt"].Result!.Status);
        Assert.Contains("file is empty", byName["empty.txt"].Error);
        Assert.Contains("binary", byName["nul.md"].Error);
        Assert.Contains("not valid UTF-8", byName["latin1.txt"].Error);
        Assert.Contains("no posting text found", byName["scripts.html"].Error);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(1, await db.Postings.CountAsync());
    }

    [Fact]
    public async Task Import_ExplicitFileOfUnknownType_SaysWhichFormatsWork()
    {
        using var database = await TestDatabase.CreateAsync();
        var outcome = Assert.Single(await new PostingImporter(database.Factory).ImportAsync([Write("posting.pdf", "%PDF-1.4 text"u8.ToArray())]));
        Assert.Contains("is not a posting format", outcome.Error);
    }

    [Fact]
    public async Task Import_CrashWhileStoring_LeavesNothingOfThatPosting()
    {
        using var database = await TestDatabase.CreateAsync();
        var importer = new PostingImporter(database.Factory, searchIndex: new FailingSearchIndex());
        var path = Path.Combine(SeedData.PostingsFolder, "scale-ai-ml-research-intern.txt");

        await Assert.ThrowsAsync<IOException>(() => importer.ImportAsync([path]));

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(0, await db.Postings.CountAsync());
        Assert.Equal(0, await db.PostingSections.CountAsync());
        Assert.Equal(0, await db.PostingLines.CountAsync());
        Assert.Equal(0, await db.TermOccurrences.CountAsync());
        Assert.Equal(0, await db.Companies.CountAsync());
    }

    /// <summary>Fails after the posting rows and its links are written, before the commit.</summary>
    private sealed class FailingSearchIndex : ISearchIndex
    {
        private readonly SqliteSearchIndex inner = new();

        public Task IndexPostingAsync(JobSkillsDbContext db, Posting posting, CancellationToken cancellationToken = default) =>
            throw new IOException("simulated crash");

        public Task IndexOutlineNodesAsync(JobSkillsDbContext db, int documentId, IEnumerable<OutlineNode> nodes, CancellationToken cancellationToken = default) =>
            inner.IndexOutlineNodesAsync(db, documentId, nodes, cancellationToken);

        public Task RemoveOutlineNodesAsync(JobSkillsDbContext db, IEnumerable<int> nodeIds, CancellationToken cancellationToken = default) =>
            inner.RemoveOutlineNodesAsync(db, nodeIds, cancellationToken);

        public Task RemovePostingAsync(JobSkillsDbContext db, int postingId, CancellationToken cancellationToken = default) =>
            inner.RemovePostingAsync(db, postingId, cancellationToken);

        public Task<IReadOnlyList<PostingHit>> SearchPostingsAsync(JobSkillsDbContext db, SearchQuery query, IReadOnlyCollection<int>? postingIds, SectionKind? kind, int limit, CancellationToken cancellationToken = default) =>
            inner.SearchPostingsAsync(db, query, postingIds, kind, limit, cancellationToken);

        public Task<IReadOnlyList<KindSnippet>> SnippetsAsync(JobSkillsDbContext db, SearchQuery query, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken = default) =>
            inner.SnippetsAsync(db, query, postingIds, cancellationToken);

        public Task<IReadOnlyList<OutlineHit>> SearchOutlineAsync(JobSkillsDbContext db, SearchQuery query, int documentId, int limit, CancellationToken cancellationToken = default) =>
            inner.SearchOutlineAsync(db, query, documentId, limit, cancellationToken);
    }
}
