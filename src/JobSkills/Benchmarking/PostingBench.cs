using JobSkills.Postings;

namespace JobSkills.Benchmarking;

/// <summary>The posting import part of `jobskills bench`: timings against the parse floor, and the throughput they give.</summary>
public sealed record PostingImportReport(
    int Postings,
    long Bytes,
    int Warmups,
    int Iterations,
    IReadOnlyList<WorkloadTiming> Workloads,
    double MsPerPosting,
    double PostingsPerSecond);

/// <summary>
/// A Stopwatch harness over <see cref="PostingWorkloads"/>, in the manner of <see cref="OutlineBench"/>:
/// warm-up rounds, then timed rounds in which every workload runs once, in turn; medians against
/// the floor (the parse alone) of the same run.
/// </summary>
public static class PostingBench
{
    public const string Floor = "posting-parse";
    public const string Session = "posting-link-session";
    public const string Import = "posting-import";

    public static async Task<PostingImportReport> RunAsync(
        PostingWorkloads workloads,
        int iterations,
        int warmups = 1,
        IProgress<int>? roundsDone = null,
        CancellationToken cancellationToken = default)
    {
        var rounds = new BenchRounds(warmups, iterations);
        await rounds.RunAsync(async () =>
        {
            rounds.Time(Floor, workloads.ParseAll);

            var target = await workloads.PrepareImportDatabaseAsync(cancellationToken);
            var session = await rounds.TimeAsync(Session, () => workloads.StartSessionAsync(target, cancellationToken));
            var results = await rounds.TimeAsync(Import, () => workloads.ImportAsync(target, session, cancellationToken));
            PostingWorkloads.DeleteDatabase(target);
            if (results.Any(r => r.Status != PostingImportStatus.Imported))
            {
                throw new InvalidOperationException("the benchmark's import found a posting already imported in a fresh database");
            }
        }, roundsDone, cancellationToken);

        var floor = OutlineBench.Median(rounds[Floor]);
        var count = workloads.Files.Count;
        var import = OutlineBench.Median(rounds[Import]);
        return new PostingImportReport(
            count,
            workloads.Bytes,
            warmups,
            iterations,
            [
                OutlineBench.Timing(Floor, $"PostingParser.Parse of the {count} seed postings, nothing stored", rounds[Floor], floor),
                OutlineBench.Timing(Session, "once per batch: load the stored vocabulary, build the skill matcher", rounds[Session], floor),
                OutlineBench.Timing(Import, "PostingImporter, one transaction per posting: parse, store, link skills, index", rounds[Import], floor),
            ],
            OutlineBench.Round(import / count),
            Math.Round(count / (import / 1000), 1));
    }
}
