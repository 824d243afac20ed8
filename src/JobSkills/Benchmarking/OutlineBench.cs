using System.Diagnostics;
using System.Reflection;
using JobSkills.Import;

namespace JobSkills.Benchmarking;

public sealed record WorkloadTiming(string Name, string Description, double MedianMs, double P95Ms, double MinMs, double RatioToFloor);

/// <summary>The import target of docs/architecture.md: our import against the floor of the same run.</summary>
public sealed record BenchTarget(string Formula, double Ratio, double Limit)
{
    public bool Met => Ratio <= Limit;
}

public sealed record BenchReport(
    string Outline,
    long Bytes,
    int Nodes,
    int Warmups,
    int Iterations,
    string Runtime,
    bool OptimizedBuild,
    IReadOnlyList<WorkloadTiming> Workloads,
    BenchTarget Target);

/// <summary>
/// A Stopwatch harness over <see cref="OutlineWorkloads"/> for `jobskills bench`: warm-up rounds,
/// then timed rounds in which every workload runs once, in turn, so that drift on the machine
/// touches them all alike. Ratios are medians against the floor measured in the same run.
/// (src/JobSkills.Benchmarks runs the same workloads under BenchmarkDotNet.)
/// </summary>
public static class OutlineBench
{
    public const string Floor = "markdig-trivia-parse";
    public const string BareInsert = "sqlite-bare-insert";
    public const string Import = "import";
    public const string Export = "export";
    public const double TargetLimit = 3.0;

    public static async Task<BenchReport> RunAsync(
        SourceFile file,
        int iterations,
        int warmups = 1,
        IProgress<int>? roundsDone = null,
        CancellationToken cancellationToken = default)
    {
        var rounds = new BenchRounds(warmups, iterations);
        using var workloads = new OutlineWorkloads(file);
        var exportSource = await workloads.PrepareImportDatabaseAsync(cancellationToken);
        await workloads.ImportAsync(exportSource, cancellationToken);

        await rounds.RunAsync(async () =>
        {
            rounds.Time(Floor, workloads.ParseWithTrivia);

            var bare = workloads.PrepareBareDatabase();
            rounds.Time(BareInsert, () => workloads.BareInsert(bare));
            OutlineWorkloads.DeleteDatabase(bare);

            var target = await workloads.PrepareImportDatabaseAsync(cancellationToken);
            await rounds.TimeAsync(Import, () => workloads.ImportAsync(target, cancellationToken));
            OutlineWorkloads.DeleteDatabase(target);

            var exported = await rounds.TimeAsync(Export, () => workloads.ExportAsync(exportSource, cancellationToken));
            if (!exported.AsSpan().SequenceEqual(file.Bytes))
            {
                throw new InvalidOperationException($"{file.Name}: the benchmark's export differs from the imported file");
            }
        }, roundsDone, cancellationToken);

        var floor = Median(rounds[Floor]);
        var timings = new List<WorkloadTiming>
        {
            Timing(Floor, "Markdig parse with trivia (EnableTrackTrivia)", rounds[Floor], floor),
            Timing(BareInsert, "prepared INSERT of the same rows, one transaction, bare table", rounds[BareInsert], floor),
            Timing(Import, "OutlineImporter into a fresh migrated database", rounds[Import], floor),
            Timing(Export, "load the tree from the database + ExportBytes", rounds[Export], floor),
        };
        var ratio = Median(rounds[Import]) / (floor + Median(rounds[BareInsert]));

        return new BenchReport(
            file.Name,
            file.Bytes.Length,
            workloads.Nodes,
            warmups,
            iterations,
            Environment.Version.ToString(),
            IsOptimizedBuild,
            timings,
            new BenchTarget($"{Import} / ({Floor} + {BareInsert})", Round(ratio), TargetLimit));
    }

    internal static WorkloadTiming Timing(string name, string description, IReadOnlyCollection<double> samples, double floor)
    {
        var median = Median(samples);
        return new WorkloadTiming(name, description, Round(median), Round(Percentile(samples, 95)), Round(samples.Min()), Round(median / floor));
    }

    /// <summary>Microseconds are as fine as a Stopwatch over whole workloads means anything.</summary>
    internal static double Round(double value) => Math.Round(value, 3);

    public static double Median(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Nearest-rank percentile: with 10 samples, p95 is the slowest.</summary>
    public static double Percentile(IReadOnlyCollection<double> samples, int percent)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>False for a Debug build of the core, whose figures are pessimistic against the Release-built packages.</summary>
    public static bool IsOptimizedBuild => IsOptimized(typeof(OutlineBench).Assembly);

    /// <summary>False for a Debug build of our code, whose figures are pessimistic against the Release-built packages.</summary>
    internal static bool IsOptimized(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
}
