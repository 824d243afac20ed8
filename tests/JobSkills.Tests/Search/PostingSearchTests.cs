using System.Text;
using JobSkills.Import;
using JobSkills.Postings;
using JobSkills.Search;

namespace JobSkills.Tests.Search;

public sealed class PostingSearchTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private PostingSearch search = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        search = new PostingSearch(database.Factory, new SqliteSearchIndex());
        var importer = new PostingImporter(database.Factory);
        await importer.StoreAsync(File("vision.txt"), Posting("Computer Vision Engineer", "Acme Inc.",
            ("About us", SectionKind.About, ["We build robots."]),
            ("Requirements", SectionKind.Required, ["Strong PyTorch skills", "Deep learning for video understanding"])));
        await importer.StoreAsync(File("nlp.txt"), Posting("NLP Scientist", "Globex",
            ("About us", SectionKind.About, ["Our team once used PyTorch among many other tools and frameworks and libraries."]),
            ("Requirements", SectionKind.Required, ["Transformers and TensorFlow", "C++ and C#"])));
        await importer.StoreAsync(File("data.txt"), Posting("Data Engineer", "Acme",
            ("Requirements", SectionKind.Required, ["Spark, Kafka, Airflow", "SQL"])));
    }

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    private static SourceFile File(string name) => SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(name));

    private static ParsedPosting Posting(string title, string company, params (string Heading, SectionKind Kind, string[] Lines)[] sections) => new()
    {
        Title = title,
        Company = company,
        Locations = ["Remote"],
        Format = PostingFormat.Text,
        Sections = sections.Select(s => new ParsedSection(s.Heading, s.Kind, s.Lines)).ToList(),
    };

    private async Task<List<string>> TitlesAsync(string query, SectionKind? kind = null, string? company = null) =>
        (await search.SearchAsync(new PostingSearchRequest { Query = query, Kind = kind, Company = company })).Results.Select(r => r.Title).ToList();

    [Fact]
    public async Task Search_Word_RanksTheRequirementMatchFirstWithHighlightedSnippets()
    {
        var page = await search.SearchAsync(new PostingSearchRequest { Query = "pytorch" });

        Assert.Equal(["Computer Vision Engineer", "NLP Scientist"], page.Results.Select(r => r.Title));
        var snippet = page.Results[0].Snippets[0];
        Assert.Equal(("Requirements", SectionKind.Required), (snippet.Heading, snippet.Kind));
        Assert.Contains($"{Highlight.Start}PyTorch{Highlight.End}", snippet.Text);
        Assert.Equal("Acme Inc.", page.Results[0].Company);
        Assert.False(page.IsLiteral);
    }

    [Fact]
    public async Task Search_PhrasePrefixAndOperators_Work()
    {
        Assert.Equal(["Computer Vision Engineer"], await TitlesAsync("\"video understanding\""));
        Assert.Empty(await TitlesAsync("\"understanding video\""));
        Assert.Equal(["NLP Scientist"], await TitlesAsync("transform*"));
        Assert.Equal(2, (await TitlesAsync("spark OR transformers")).Count);
        Assert.Equal(["Computer Vision Engineer"], await TitlesAsync("pytorch NOT tensorflow"));
        Assert.Equal(["NLP Scientist"], await TitlesAsync("pytorch AND tensorflow"));
        Assert.Equal(["NLP Scientist"], await TitlesAsync("C++"));
    }

    [Theory]
    [InlineData("\"pytorch")]
    [InlineData("-")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("pytorch AND")]
    [InlineData("((")]
    [InlineData("NEAR(")]
    [InlineData("pytorch:")]
    [InlineData("^pytorch")]
    public async Task Search_MalformedSyntax_NeverErrors(string query)
    {
        var page = await search.SearchAsync(new PostingSearchRequest { Query = query });
        Assert.NotNull(page);
        if (query.Contains("pytorch", StringComparison.Ordinal))
        {
            Assert.NotEmpty(page.Results);
        }
    }

    [Fact]
    public async Task Search_Filters_NarrowByCompanyAndSectionKind()
    {
        Assert.Equal(["Computer Vision Engineer"], await TitlesAsync("pytorch", kind: SectionKind.Required));
        Assert.Equal(["NLP Scientist"], await TitlesAsync("pytorch", kind: SectionKind.About));
        Assert.Equal(["Computer Vision Engineer"], await TitlesAsync("pytorch", company: "acme inc."));
        Assert.Empty(await TitlesAsync("pytorch", company: "Initech"));
    }

    [Fact]
    public async Task Search_Facets_CountPostingsPerCompanyAndKind()
    {
        var page = await search.SearchAsync(new PostingSearchRequest { Query = "pytorch" });
        Assert.Equal(2, page.Total);
        Assert.Contains(new Facet("Globex", 1), page.Companies);
        Assert.Contains(new Facet("Required", 1), page.Kinds);
        Assert.Contains(new Facet("About", 1), page.Kinds);
    }

    [Fact]
    public async Task Store_SameFileTwice_IsAlreadyImported()
    {
        var again = await new PostingImporter(database.Factory).StoreAsync(File("vision.txt"), Posting("x", "y"));
        Assert.Equal(PostingImportStatus.AlreadyImported, again.Status);
        Assert.Equal("Computer Vision Engineer", again.Title);
    }

    [Fact]
    public async Task Store_CompanySpellings_ShareOneCompany()
    {
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(2, db.Companies.Count());
        Assert.Equal("acme", db.Companies.Single(c => c.Name == "Acme Inc.").NormalizedName);
    }
}
