using System.Text.RegularExpressions;
using JobSkills.Benchmarking;
using JobSkills.Postings;
using JobSkills.Search;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Tests.Benchmarking;

/// <summary>The generator over the seed data (the outline takes a moment to parse), and 200 of its postings bulk-written into a database.</summary>
public sealed class SyntheticDatabaseFixture : IAsyncLifetime
{
    public const int Count = 200;

    public SyntheticPostings Generator { get; } = SyntheticPostings.FromSeeds();
    public IReadOnlyList<ParsedPosting> Postings { get; private set; } = [];
    public IReadOnlyList<int> Ids { get; private set; } = [];
    public TestDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Postings = Generator.Generate(Count, seed: 5);
        Ids = await BulkPostingWriter.WriteAsync(Database.Factory, Postings);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Shape only: what the generator makes and what the bulk writer stores. Nothing is timed.</summary>
public sealed class SyntheticPostingsTests(SyntheticDatabaseFixture data) : IClassFixture<SyntheticDatabaseFixture>
{
    [Fact]
    public void Generate_SameSeed_GivesTheSamePostings()
    {
        var again = SyntheticPostings.FromSeeds().Generate(SyntheticDatabaseFixture.Count, seed: 5);
        Assert.Equal(data.Postings.Select(Describe), again.Select(Describe));
        Assert.NotEqual(data.Postings.Select(Describe), data.Generator.Generate(SyntheticDatabaseFixture.Count, seed: 6).Select(Describe));
    }

    [Fact]
    public void Generate_PostingsHaveFactsAndSectionsOfEachKind()
    {
        Assert.Equal(SyntheticDatabaseFixture.Count, data.Postings.Count);
        Assert.All(data.Postings, p =>
        {
            Assert.NotEmpty(p.Title);
            Assert.NotEmpty(p.Company);
            Assert.NotEmpty(p.Locations);
            foreach (var kind in new[] { SectionKind.About, SectionKind.Responsibilities, SectionKind.Required, SectionKind.Preferred })
            {
                Assert.Contains(p.Sections, s => s.Kind == kind && s.Lines.Count > 0 && s.Heading.Length > 0);
            }
        });
        foreach (var kind in new[] { SectionKind.Benefits, SectionKind.Pay, SectionKind.Legal })
        {
            Assert.Contains(data.Postings, p => p.Sections.Any(s => s.Kind == kind));
        }

        Assert.True(data.Generator.Skills > 1000, $"{data.Generator.Skills} skills: the outline's vocabulary should follow the common ones");
    }

    [Fact]
    public void Generate_SkillsHaveSkewedFrequencies()
    {
        int Share(string word) => data.Postings.Count(p => Contains(p, word));

        // Common skills occur in many postings but not all, rare ones in few; nothing asserts exact shares.
        Assert.InRange(Share("python"), SyntheticDatabaseFixture.Count / 4, SyntheticDatabaseFixture.Count - 1);
        Assert.InRange(Share("pytorch"), 10, SyntheticDatabaseFixture.Count - 1);
        Assert.InRange(Share("kubernetes"), 1, Share("pytorch") - 1);
        Assert.True(Share("computer vision") > 0);
    }

    [Fact]
    public async Task BulkWrite_StoresEveryPostingWithItsFullTextRow()
    {
        await using var db = data.Database.Factory.CreateDbContext();
        Assert.Equal(data.Ids, await db.Postings.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        Assert.Equal(data.Postings.Sum(p => p.Sections.Count), await db.PostingSections.CountAsync());
        Assert.Equal(data.Postings.Sum(p => p.Sections.Sum(s => s.Lines.Count)), await db.PostingLines.CountAsync());
        Assert.Equal(data.Postings.Select(p => p.Company).Distinct().Count(), await db.Companies.CountAsync());

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """SELECT rowid FROM "PostingSearch" ORDER BY rowid""";
        var rowids = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rowids.Add(reader.GetInt32(0));
            }
        }

        Assert.Equal(data.Ids, rowids);
    }

    [Theory]
    [InlineData("pytorch")]
    [InlineData("kubernetes")]
    [InlineData("experience")]
    public async Task BulkWrite_PostingsAreSearchable(string word)
    {
        var page = await new PostingSearch(data.Database.Factory, new SqliteSearchIndex()).SearchAsync(new PostingSearchRequest { Query = word });

        Assert.Equal(data.Postings.Count(p => Contains(p, word)), page.Total);
        Assert.NotEmpty(page.Results);
        Assert.All(page.Results, r => Assert.Contains(r.Snippets, s => s.Text.Contains(Highlight.Start)));
    }

    [Fact]
    public async Task BulkWrite_AgainIntoTheSameDatabase_ContinuesIdsAndReusesCompanies()
    {
        using var database = await TestDatabase.CreateAsync();
        var batch = data.Postings.Take(10).ToList();
        var first = await BulkPostingWriter.WriteAsync(database.Factory, batch);
        var second = await BulkPostingWriter.WriteAsync(database.Factory, batch);

        Assert.Equal(Enumerable.Range(1, 20), first.Concat(second));
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(batch.Select(p => p.Company).Distinct().Count(), await db.Companies.CountAsync());
    }

    /// <summary>A word or phrase as FTS5 finds it: case-insensitive, between characters that are not letters, digits, + or #.</summary>
    private static bool Contains(ParsedPosting posting, string words)
    {
        var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}+#]){Regex.Escape(words).Replace(@"\ ", @"\W+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}+#])", RegexOptions.IgnoreCase);
        return new[] { posting.Title, posting.Company, string.Join("; ", posting.Locations) }
            .Concat(posting.Sections.SelectMany(s => s.Lines.Prepend(s.Heading)))
            .Any(text => pattern.IsMatch(text));
    }

    private static string Describe(ParsedPosting p) =>
        string.Join('|', [p.Title, p.Company, .. p.Locations, .. p.Sections.SelectMany(s => s.Lines.Prepend($"{s.Kind}:{s.Heading}"))]);
}
