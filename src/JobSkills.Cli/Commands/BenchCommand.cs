using System.CommandLine;
using JobSkills.Benchmarking;
using JobSkills.Search;
using JobSkills.Seeds;
using Spectre.Console;

namespace JobSkills.Cli.Commands;

/// <summary>The parts of `bench`, for --only.</summary>
internal enum BenchPart
{
    Outline,
    Postings,
    Search,
}

/// <summary>
/// What `bench --json` writes. The outline part keeps the names it had before the other parts
/// existed (null, and no workloads, when it does not run); the posting import and search parts
/// are null when they do not run.
/// </summary>
internal sealed record BenchJson(
    string? Outline,
    long? Bytes,
    int? Nodes,
    int? Warmups,
    int? Iterations,
    string Runtime,
    bool OptimizedBuild,
    IReadOnlyList<WorkloadTiming> Workloads,
    BenchTarget? Target,
    PostingImportReport? PostingImport,
    SearchReport? Search);

/// <summary>
/// `bench`: the outline's import and export against their floor (Markdig trivia parse, bare SQLite
/// insert), the seed postings' import against the parse, and search latency on the seed postings and
/// on generated ones against bare FTS5, each in scratch databases of its own (--db is not touched).
/// </summary>
internal static class BenchCommand
{
    private const int OutlineIterations = 10;
    private const int PostingIterations = 10;
    private const int SearchIterations = 50;
    private const int SearchWarmups = 2;

    public static Command Create(CliContext cli)
    {
        var only = new Option<BenchPart?>("--only")
        {
            Description = "Run one part only: outline (import and export), postings (posting import) or search (latency)",
            HelpName = "outline|postings|search",
        };
        var postings = CliContext.CountOption("--postings", "How many generated postings the search part searches besides the seed postings", 10_000);
        var iterations = new Option<int?>("--iterations")
        {
            Description = $"Timed rounds after the warm-up (default: {OutlineIterations} for outline and postings, {SearchIterations} for search)",
            HelpName = "N",
        };
        CliContext.RequireAtLeastOne(iterations);
        return cli.ReportCommand(
            "bench",
            "Benchmark outline import/export, posting import and search against floors measured in the same run",
            [only, postings, iterations],
            (parsed, cancellationToken) =>
            {
                var part = parsed.GetValue(only);
                var rounds = parsed.GetValue(iterations);
                return TerminalProgress.RunAsync(cli.Console, "bench", task => RunAsync(part, rounds, parsed.GetValue(postings), task, cancellationToken));
            },
            WriteTextAsync);
    }

    private static async Task<BenchJson> RunAsync(
        BenchPart? only,
        int? iterations,
        int syntheticPostings,
        ProgressTask? task,
        CancellationToken cancellationToken)
    {
        bool Runs(BenchPart part) => only is null || only == part;
        const int warmups = 1;
        var outlineRounds = iterations ?? OutlineIterations;
        var postingRounds = iterations ?? PostingIterations;
        var searchRounds = iterations ?? SearchIterations;
        var total = (Runs(BenchPart.Outline) ? warmups + outlineRounds : 0)
            + (Runs(BenchPart.Postings) ? warmups + postingRounds : 0)
            + (Runs(BenchPart.Search) ? 2 * (SearchWarmups + searchRounds) : 0);
        if (task is not null)
        {
            task.MaxValue = total;
        }

        var overall = TerminalProgress.Reporter<int>(task, (t, rounds) => t.Value = rounds);
        var done = 0;
        IProgress<int> Step() => new OffsetProgress(overall, done);

        BenchReport? outline = null;
        if (Runs(BenchPart.Outline))
        {
            outline = await OutlineBench.RunAsync(SeedFiles.Outline, outlineRounds, warmups, Step(), cancellationToken);
            done += warmups + outlineRounds;
        }

        PostingImportReport? postingImport = null;
        SearchReport? search = null;
        if (Runs(BenchPart.Postings) || Runs(BenchPart.Search))
        {
            using var workloads = new PostingWorkloads(SeedFiles.Outline, SeedFiles.Postings);
            if (Runs(BenchPart.Postings))
            {
                postingImport = await PostingBench.RunAsync(workloads, postingRounds, warmups, Step(), cancellationToken);
                done += warmups + postingRounds;
            }

            if (Runs(BenchPart.Search))
            {
                search = await SearchBench.RunAsync(workloads, syntheticPostings, searchRounds, SearchWarmups, roundsDone: Step(), cancellationToken: cancellationToken);
            }
        }

        return new BenchJson(
            outline?.Outline,
            outline?.Bytes,
            outline?.Nodes,
            outline?.Warmups,
            outline?.Iterations,
            Environment.Version.ToString(),
            OutlineBench.IsOptimizedBuild,
            outline?.Workloads ?? [],
            outline?.Target,
            postingImport,
            search);
    }

    private static async Task WriteTextAsync(TextWriter writer, BenchJson report)
    {
        var build = report.OptimizedBuild ? "Release build" : "Debug build (our code unoptimized: use `dotnet run -c Release` for real figures)";
        await writer.WriteLineAsync($".NET {report.Runtime}, {build}");
        if (report.Outline is not null && report.Target is not null)
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"outline {report.Outline}: {report.Bytes} bytes, {report.Nodes} nodes; {report.Warmups} warm-up + {report.Iterations} timed rounds");
            await WriteWorkloadsAsync(writer, report.Workloads);
            var target = report.Target;
            await writer.WriteLineAsync($"target: {target.Formula} = {target.Ratio:0.00}× (limit {target.Limit:0.#}×): {Verdict(target.Met)}");
        }

        if (report.PostingImport is { } postings)
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"posting import: {postings.Postings} seed postings, {postings.Bytes} bytes, into a database holding the outline and its vocabulary; {postings.Warmups} warm-up + {postings.Iterations} timed rounds");
            await WriteWorkloadsAsync(writer, postings.Workloads);
            var import = postings.Workloads.Single(w => w.Name == PostingBench.Import);
            await writer.WriteLineAsync($"throughput: {postings.PostingsPerSecond:0.0} postings/s, {postings.MsPerPosting:0.00} ms per posting; the import costs {import.RatioToFloor:0.0} parses (the rest is store, link, index)");
        }

        if (report.Search is { } search)
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"search: {SearchWorkloads.Mix.Count} queries, {search.Warmups} warm-up + {search.Iterations} timed rounds; PostingSearch.SearchAsync (match, page, snippets, facets) against the floor, bare FTS5 `MATCH … ORDER BY rank LIMIT 20`");
            foreach (var dataset in search.Datasets)
            {
                await writer.WriteLineAsync();
                await writer.WriteLineAsync($"dataset {dataset.Name}: {dataset.Postings} postings (built untimed in {dataset.BuildMs / 1000:0.0} s)");
                var table = new TextTable("QUERY", "MATCHES", "P50 ms", "P95 ms", "MAX ms", "FLOOR P50", "× FLOOR", "SEARCH") { RightAligned = [1, 2, 3, 4, 5, 6] };
                foreach (var q in dataset.Queries)
                {
                    var filters = (q.Kind is null ? "" : $"  [kind {q.Kind}]") + (q.Company is null ? "" : $"  [company {q.Company}]") + (q.IsLiteral ? "  (literal)" : "");
                    table.Add(q.Name, q.Matches, $"{q.P50Ms:0.00}", $"{q.P95Ms:0.00}", $"{q.MaxMs:0.00}", $"{q.FloorP50Ms:0.000}", $"{q.RatioToFloor:0.0}", q.Query + filters);
                }

                await table.WriteAsync(writer);
                if (dataset.Queries.Any(q => q.Matches >= PostingSearch.MaxMatches))
                {
                    await writer.WriteLineAsync($"(search stops counting matches at {PostingSearch.MaxMatches})");
                }

                await writer.WriteLineAsync($"all {dataset.Samples} searches: p50 {dataset.P50Ms:0.00} ms, p95 {dataset.P95Ms:0.00} ms, max {dataset.MaxMs:0.00} ms; floor p50 {dataset.FloorP50Ms:0.000} ms, p95 {dataset.FloorP95Ms:0.000} ms; p50 = {dataset.RatioToFloor:0.0}× floor");
                await writer.WriteLineAsync($"target: {dataset.Target.Formula}: {dataset.Target.ValueMs:0.00} ms: {Verdict(dataset.Target.Met)}");
            }
        }
    }

    private static async Task WriteWorkloadsAsync(TextWriter writer, IReadOnlyList<WorkloadTiming> workloads)
    {
        var table = new TextTable("WORKLOAD", "MEDIAN ms", "P95 ms", "× FLOOR", "WHAT") { RightAligned = [1, 2, 3] };
        foreach (var workload in workloads)
        {
            table.Add(workload.Name, $"{workload.MedianMs:0.0}", $"{workload.P95Ms:0.0}", $"{workload.RatioToFloor:0.00}", workload.Description);
        }

        await table.WriteAsync(writer);
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
