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
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmups);

        using var workloads = new OutlineWorkloads(file);
        var exportSource = await workloads.PrepareImportDatabaseAsync(cancellationToken);
        await workloads.ImportAsync(exportSource, cancellationToken);

        var samples = new Dictionary<string, List<double>>
        {
            [Floor] = [], [BareInsert] = [], [Import] = [], [Export] = [],
        };

        for (var round = 0; round < warmups + iterations; round++)
        {
            var measured = round >= warmups;
            void Record(string name, Stopwatch stopwatch)
            {
                if (measured)
                {
                    samples[name].Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            var stopwatch = Stopwatch.StartNew();
            workloads.ParseWithTrivia();
            Record(Floor, stopwatch);

            var bare = workloads.PrepareBareDatabase();
            stopwatch.Restart();
            workloads.BareInsert(bare);
            Record(BareInsert, stopwatch);
            OutlineWorkloads.DeleteDatabase(bare);

            var target = await workloads.PrepareImportDatabaseAsync(cancellationToken);
            stopwatch.Restart();
            await workloads.ImportAsync(target, cancellationToken);
            Record(Import, stopwatch);
            OutlineWorkloads.DeleteDatabase(target);

            stopwatch.Restart();
            var exported = await workloads.ExportAsync(exportSource, cancellationToken);
            Record(Export, stopwatch);
            if (!exported.AsSpan().SequenceEqual(file.Bytes))
            {
                throw new InvalidOperationException($"{file.Name}: the benchmark's export differs from the imported file");
            }

            roundsDone?.Report(round + 1);
        }

        var floor = Median(samples[Floor]);
        var timings = new List<WorkloadTiming>
        {
            Timing(Floor, "Markdig parse with trivia (EnableTrackTrivia)", samples[Floor], floor),
            Timing(BareInsert, "prepared INSERT of the same rows, one transaction, bare table", samples[BareInsert], floor),
            Timing(Import, "OutlineImporter into a fresh migrated database", samples[Import], floor),
            Timing(Export, "load the tree from the database + ExportBytes", samples[Export], floor),
        };
        var ratio = Median(samples[Import]) / (floor + Median(samples[BareInsert]));

        return new BenchReport(
            file.Name,
            file.Bytes.Length,
            workloads.Nodes,
            warmups,
            iterations,
            Environment.Version.ToString(),
            IsOptimized(typeof(OutlineBench).Assembly),
            timings,
            new BenchTarget($"{Import} / ({Floor} + {BareInsert})", Round(ratio), TargetLimit));
    }

    private static WorkloadTiming Timing(string name, string description, List<double> samples, double floor)
    {
        var median = Median(samples);
        return new WorkloadTiming(name, description, Round(median), Round(Percentile(samples, 95)), Round(samples.Min()), Round(median / floor));
    }

    /// <summary>Microseconds are as fine as a Stopwatch over whole workloads means anything.</summary>
    private static double Round(double value) => Math.Round(value, 3);

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

    /// <summary>False for a Debug build of our code, whose figures are pessimistic against the Release-built packages.</summary>
    private static bool IsOptimized(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
}
