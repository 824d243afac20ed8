using JobSkills.Postings;
using JobSkills.Search;

namespace JobSkills.Benchmarking;

/// <summary>One query of the mix on one dataset: what it matched and its latency, with the floor's median.</summary>
public sealed record SearchQueryTiming(
    string Name,
    string Query,
    SectionKind? Kind,
    string? Company,
    bool IsLiteral,
    int Matches,
    double P50Ms,
    double P95Ms,
    double MaxMs,
    double FloorP50Ms,
    double RatioToFloor);

/// <summary>A latency target of docs/architecture.md: the p95 of every search of the mix on a dataset.</summary>
public sealed record LatencyTarget(string Formula, double ValueMs, double LimitMs)
{
    public bool Met => ValueMs <= LimitMs;
}

/// <summary>The latencies of the whole mix on one dataset (every sample of every query), against the floor's.</summary>
public sealed record SearchDatasetReport(
    string Name,
    int Postings,
    double BuildMs,
    int Samples,
    double P50Ms,
    double P95Ms,
    double MaxMs,
    double FloorP50Ms,
    double FloorP95Ms,
    double RatioToFloor,
    LatencyTarget Target,
    IReadOnlyList<SearchQueryTiming> Queries);

public sealed record SearchReport(int Warmups, int Iterations, IReadOnlyList<SearchDatasetReport> Datasets);

/// <summary>
/// The search part of `jobskills bench`: the query mix of <see cref="SearchWorkloads"/> on the seed
/// dataset and on generated postings. After warm-up rounds, each timed round runs every query once
/// through our search and once as the bare FTS5 floor, in turn, so drift touches both alike.
/// Latencies are server-side (no rendering); percentiles are nearest-rank.
/// </summary>
public static class SearchBench
{
    public const double SeedLimitMs = 5;
    public const double SyntheticLimitMs = 50;

    public static async Task<SearchReport> RunAsync(
        PostingWorkloads postings,
        int syntheticPostings,
        int iterations,
        int warmups = 2,
        int seed = 1,
        IProgress<int>? roundsDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmups);

        var datasets = new List<SearchDatasetReport>();
        using (var seedData = await SearchWorkloads.BuildSeedAsync(postings, cancellationToken))
        {
            datasets.Add(await MeasureAsync(seedData, SeedLimitMs, iterations, warmups, new OffsetProgress(roundsDone, 0), cancellationToken));
        }

        using (var synthetic = await SearchWorkloads.BuildSyntheticAsync(postings, syntheticPostings, seed, cancellationToken))
        {
            var offset = warmups + iterations;
            datasets.Add(await MeasureAsync(synthetic, SyntheticLimitMs, iterations, warmups, new OffsetProgress(roundsDone, offset), cancellationToken));
        }

        return new SearchReport(warmups, iterations, datasets);
    }

    private static string FloorOf(SearchCase searchCase) => "floor/" + searchCase.Name;

    private static async Task<SearchDatasetReport> MeasureAsync(
        SearchWorkloads workloads,
        double limitMs,
        int iterations,
        int warmups,
        IProgress<int> roundsDone,
        CancellationToken cancellationToken)
    {
        var mix = SearchWorkloads.Mix;
        var pages = new Dictionary<SearchCase, PostingSearchPage>();
        var rounds = new BenchRounds(warmups, iterations);
        await rounds.RunAsync(async () =>
        {
            foreach (var searchCase in mix)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rounds.Time(FloorOf(searchCase), () => workloads.BareFts(searchCase));
                pages[searchCase] = await rounds.TimeAsync(searchCase.Name, () => workloads.SearchAsync(searchCase, cancellationToken));
            }
        }, roundsDone, cancellationToken);

        var queries = mix.Select(c =>
        {
            var samples = rounds[c.Name];
            var floor = OutlineBench.Median(rounds[FloorOf(c)]);
            var median = OutlineBench.Median(samples);
            return new SearchQueryTiming(
                c.Name,
                c.Request.Query,
                c.Request.Kind,
                c.Request.Company,
                pages[c].IsLiteral,
                pages[c].Total,
                OutlineBench.Round(median),
                OutlineBench.Round(OutlineBench.Percentile(samples, 95)),
                OutlineBench.Round(samples.Max()),
                OutlineBench.Round(floor),
                OutlineBench.Round(median / floor));
        }).ToList();

        var all = mix.SelectMany(c => rounds[c.Name]).ToList();
        var allFloor = mix.SelectMany(c => rounds[FloorOf(c)]).ToList();
        var p95 = OutlineBench.Round(OutlineBench.Percentile(all, 95));
        return new SearchDatasetReport(
            workloads.Name,
            workloads.Postings,
            OutlineBench.Round(workloads.BuildTime.TotalMilliseconds),
            all.Count,
            OutlineBench.Round(OutlineBench.Median(all)),
            p95,
            OutlineBench.Round(all.Max()),
            OutlineBench.Round(OutlineBench.Median(allFloor)),
            OutlineBench.Round(OutlineBench.Percentile(allFloor, 95)),
            OutlineBench.Round(OutlineBench.Median(all) / OutlineBench.Median(allFloor)),
            new LatencyTarget($"p95 <= {limitMs:0.#} ms", p95, limitMs),
            queries);
    }
}
