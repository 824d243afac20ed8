using System.Diagnostics;
using JobSkills.Data;
using JobSkills.Postings;
using JobSkills.Search;
using Microsoft.Data.Sqlite;

namespace JobSkills.Benchmarking;

/// <summary>One search of the benchmark's mix: a stable name and the request as the web page or CLI would send it.</summary>
public sealed record SearchCase(string Name, PostingSearchRequest Request);

/// <summary>
/// The search workloads on one dataset, shared by BenchmarkDotNet and `jobskills bench`: a fixed,
/// realistic query mix through <see cref="PostingSearch.SearchAsync"/> (full-text match, the page
/// fetch, snippets and facets), and the floor, a bare FTS5
/// <c>SELECT rowid … MATCH … ORDER BY rank LIMIT 20</c> of the same match expression on an open
/// connection, so that the ratio shows what our search adds to raw FTS5.
/// </summary>
public sealed class SearchWorkloads : IDisposable
{
    /// <summary>The company the mix filters by; the seed postings and the synthetic ones both have it.</summary>
    public const string FilterCompany = "Apple";

    private readonly PostingSearch search;
    private readonly Dictionary<SearchCase, SqliteCommand> floorCommands = [];
    private SqliteConnection? floorConnection;

    private SearchWorkloads(string name, string databasePath, int postings, TimeSpan buildTime)
    {
        Name = name;
        DatabasePath = databasePath;
        Postings = postings;
        BuildTime = buildTime;
        search = new PostingSearch(new DbContextFactory(databasePath), new SqliteSearchIndex());
    }

    /// <summary>
    /// Words common and rare, two words (AND), a phrase, a prefix, OR, NOT, a kind filter, a company
    /// filter, and two malformed inputs that fall back to a literal search (an unclosed quote; an
    /// operator alone, which becomes the word "and" and so matches nearly every posting).
    /// </summary>
    public static IReadOnlyList<SearchCase> Mix { get; } =
    [
        new("word", new() { Query = "pytorch" }),
        new("rare-word", new() { Query = "kubernetes" }),
        new("common-word", new() { Query = "experience" }),
        new("two-words", new() { Query = "computer vision" }),
        new("phrase", new() { Query = "\"computer vision\"" }),
        new("prefix", new() { Query = "pyt*" }),
        new("or", new() { Query = "pytorch OR tensorflow" }),
        new("not", new() { Query = "python NOT java" }),
        new("kind-filter", new() { Query = "deep learning", Kind = SectionKind.Required }),
        new("company-filter", new() { Query = "python", Company = FilterCompany }),
        new("unclosed-quote", new() { Query = "\"deep learning" }),
        new("operator-alone", new() { Query = "AND" }),
    ];

    /// <summary>"seed" or "synthetic-N".</summary>
    public string Name { get; }

    public string DatabasePath { get; }

    public int Postings { get; }

    /// <summary>How long the dataset took to build (untimed by the benchmark; shown for scale).</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>The seed dataset: the template (outline and vocabulary) with the seed postings imported through the real import path.</summary>
    public static async Task<SearchWorkloads> BuildSeedAsync(PostingWorkloads postings, CancellationToken cancellationToken = default)
    {
        var path = await postings.PrepareImportDatabaseAsync(cancellationToken);
        var stopwatch = Stopwatch.StartNew();
        var session = await postings.StartSessionAsync(path, cancellationToken);
        var imported = await postings.ImportAsync(path, session, cancellationToken);
        return new SearchWorkloads("seed", path, imported.Count, stopwatch.Elapsed);
    }

    /// <summary>
    /// A migrated database holding <paramref name="count"/> generated postings
    /// (<see cref="SyntheticPostings"/>), written by <see cref="BulkPostingWriter"/>.
    /// </summary>
    public static async Task<SearchWorkloads> BuildSyntheticAsync(PostingWorkloads postings, int count, int seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var stopwatch = Stopwatch.StartNew();
        var path = await postings.CreateMigratedAsync("synthetic", cancellationToken);
        var factory = new DbContextFactory(path);

        var generated = SyntheticPostings.From(postings.Files, postings.Outline).Generate(count, seed);
        await BulkPostingWriter.WriteAsync(factory, generated, cancellationToken: cancellationToken);
        await ScratchDatabases.CheckpointAsync(path, cancellationToken);
        return new SearchWorkloads($"synthetic-{count}", path, count, stopwatch.Elapsed);
    }

    /// <summary>Our search, as the web page and the CLI call it.</summary>
    public Task<PostingSearchPage> SearchAsync(SearchCase searchCase, CancellationToken cancellationToken = default) =>
        search.SearchAsync(searchCase.Request, cancellationToken);

    /// <summary>The floor: the bare FTS5 query of the same match expression, on an open connection with a prepared statement; returns the rows read.</summary>
    public int BareFts(SearchCase searchCase)
    {
        if (!floorCommands.TryGetValue(searchCase, out var command))
        {
            floorConnection ??= OpenFloorConnection();
            command = floorConnection.CreateCommand();
            command.CommandText = """SELECT rowid FROM "PostingSearch" WHERE "PostingSearch" MATCH $match ORDER BY rank LIMIT $limit""";
            var request = searchCase.Request;
            var column = request.Kind is { } kind ? SqliteSearchIndex.KindColumn(kind) : null;
            command.Parameters.AddWithValue("$match", SqliteSearchIndex.ToMatchExpression(SearchQuery.Parse(request.Query), column));
            command.Parameters.AddWithValue("$limit", request.Limit);
            command.Prepare();
            floorCommands.Add(searchCase, command);
        }

        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        foreach (var command in floorCommands.Values)
        {
            command.Dispose();
        }

        floorConnection?.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private SqliteConnection OpenFloorConnection() => ScratchDatabases.OpenUnpooled(DatabasePath, readOnly: true);
}
