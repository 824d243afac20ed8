using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using JobSkills.Benchmarking;
using JobSkills.Seeds;

namespace JobSkills.Benchmarks;

/// <summary>
/// The whole query mix of <see cref="SearchWorkloads"/> (12 searches) per operation, on the seed
/// postings and on 10,000 generated ones, against the floor (the baseline): the same match
/// expressions as bare FTS5 queries. The targets (docs/architecture.md) are per search, p95 ≤ 5 ms
/// on the seed and ≤ 50 ms on 10,000 postings: `jobskills bench` reports them per query.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyColumns))]
public class SearchBenchmarks
{
    private PostingWorkloads postings = null!;
    private SearchWorkloads search = null!;

    [Params("seed", "synthetic-10000")]
    public string Dataset { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        postings = new PostingWorkloads(SeedFiles.Outline, SeedFiles.Postings);
        search = (Dataset == "seed"
            ? SearchWorkloads.BuildSeedAsync(postings)
            : SearchWorkloads.BuildSyntheticAsync(postings, 10_000)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        search.Dispose();
        postings.Dispose();
    }

    [Benchmark(Baseline = true, Description = "bare FTS5 MATCH … ORDER BY rank LIMIT 20, whole mix (floor)")]
    public int BareFts()
    {
        var rows = 0;
        foreach (var searchCase in SearchWorkloads.Mix)
        {
            rows += search.BareFts(searchCase);
        }

        return rows;
    }

    [Benchmark(Description = "PostingSearch.SearchAsync, whole mix")]
    public async Task<int> Search()
    {
        var matches = 0;
        foreach (var searchCase in SearchWorkloads.Mix)
        {
            matches += (await search.SearchAsync(searchCase)).Total;
        }

        return matches;
    }

    public sealed class LatencyColumns : ManualConfig
    {
        public LatencyColumns() => AddColumn(StatisticColumn.Median, StatisticColumn.P95);
    }
}
