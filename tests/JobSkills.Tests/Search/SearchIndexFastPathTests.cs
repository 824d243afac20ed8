using JobSkills.Benchmarking;
using JobSkills.Search;
using JobSkills.Tests.Benchmarking;

namespace JobSkills.Tests.Search;

/// <summary>
/// The faster ways the index counts kinds and filters by posting ids give exactly what the slower
/// ways gave, on 200 generated postings and the benchmark's query mix (malformed input included).
/// </summary>
public sealed class SearchIndexFastPathTests(SyntheticDatabaseFixture data) : IClassFixture<SyntheticDatabaseFixture>
{
    private readonly SqliteSearchIndex index = new();

    public static TheoryData<string> Queries => [.. SearchWorkloads.Mix.Select(c => c.Request.Query).Distinct()];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task CountKinds_EqualsCountingTheSnippets(string text)
    {
        var query = SearchQuery.Parse(text);
        await using var db = data.Database.Factory.CreateDbContext();
        var hits = (await index.SearchPostingsAsync(db, query, null, null, 1000)).Select(h => h.PostingId).ToList();

        // Few ids are looked up one by one, many are checked against the matches: both ways are covered.
        foreach (var ids in new[] { hits, hits.Take(20).ToList() })
        {
            var snippets = await index.SnippetsAsync(db, query, ids);
            Assert.Equal(ISearchIndex.CountKinds(snippets), await index.CountKindsAsync(db, query, ids));
        }
    }

    [Theory]
    [InlineData("pytorch", 10)]
    [InlineData("pytorch", 120)]
    [InlineData("experience", 150)]
    public async Task SearchPostings_WithPostingIds_KeepsTheRankingOfTheWholeSearch(string text, int candidates)
    {
        var query = SearchQuery.Parse(text);
        var allowed = data.Ids.Where(id => id % 2 == 0).Take(candidates).ToHashSet();
        await using var db = data.Database.Factory.CreateDbContext();

        var all = await index.SearchPostingsAsync(db, query, null, null, 1000);
        var filtered = await index.SearchPostingsAsync(db, query, allowed, null, 1000);

        Assert.NotEmpty(filtered);
        Assert.Equal(all.Where(h => allowed.Contains(h.PostingId)), filtered);
    }

    [Theory]
    [InlineData("pytorch")]
    [InlineData("python NOT java")]
    [InlineData("\"computer vision\"")]
    public async Task Facets_AreTheSameWhetherThePageHoldsEveryMatchOrNot(string text)
    {
        var search = new PostingSearch(data.Database.Factory, index);
        var whole = await search.SearchAsync(new PostingSearchRequest { Query = text, Limit = 1000 });
        var first = await search.SearchAsync(new PostingSearchRequest { Query = text, Limit = 3 });

        Assert.True(whole.Total > 3);
        Assert.Equal(whole.Results.Count, whole.Total);
        Assert.Equal(whole.Companies, first.Companies);
        Assert.Equal(whole.Kinds, first.Kinds);
        Assert.Equal(whole.Results.Take(3), first.Results, ResultComparer.Instance);
    }

    private sealed class ResultComparer : IEqualityComparer<PostingSearchResult>
    {
        public static readonly ResultComparer Instance = new();

        public bool Equals(PostingSearchResult? x, PostingSearchResult? y) =>
            x is not null && y is not null && (x.PostingId, x.Title, x.Company, x.Location, x.Score) == (y.PostingId, y.Title, y.Company, y.Location, y.Score)
            && x.Snippets.SequenceEqual(y.Snippets);

        public int GetHashCode(PostingSearchResult obj) => obj.PostingId;
    }
}
