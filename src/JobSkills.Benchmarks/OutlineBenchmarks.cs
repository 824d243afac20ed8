using BenchmarkDotNet.Attributes;
using JobSkills.Benchmarking;
using JobSkills.Outline;
using JobSkills.Seeds;
using Markdig.Syntax;

namespace JobSkills.Benchmarks;

/// <summary>
/// The seed outline's import and export against the floor: Markdig's trivia parse (the baseline)
/// and a bare SQLite insert of the same rows. The target (docs/architecture.md) is
/// Import ≤ 3 × (TriviaParse + BareInsert). Each database-writing run gets a fresh file from an
/// untimed iteration setup, hence one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class OutlineBenchmarks
{
    private OutlineWorkloads workloads = null!;
    private string exportDatabase = "";
    private string freshDatabase = "";

    [GlobalSetup]
    public void Setup()
    {
        workloads = new OutlineWorkloads(SeedFiles.Outline);
        exportDatabase = workloads.PrepareImportDatabaseAsync().GetAwaiter().GetResult();
        workloads.ImportAsync(exportDatabase).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => workloads.Dispose();

    [IterationSetup(Target = nameof(BareInsert))]
    public void PrepareBareDatabase() => freshDatabase = workloads.PrepareBareDatabase();

    [IterationSetup(Target = nameof(Import))]
    public void PrepareImportDatabase() => freshDatabase = workloads.PrepareImportDatabaseAsync().GetAwaiter().GetResult();

    [IterationCleanup(Targets = [nameof(BareInsert), nameof(Import)])]
    public void DeleteFreshDatabase() => OutlineWorkloads.DeleteDatabase(freshDatabase);

    [Benchmark(Baseline = true, Description = "Markdig trivia parse (floor)")]
    public MarkdownDocument TriviaParse() => workloads.ParseWithTrivia();

    [Benchmark(Description = "bare SQLite insert (floor)")]
    public int BareInsert() => workloads.BareInsert(freshDatabase);

    [Benchmark(Description = "our import")]
    public Task<OutlineImportResult> Import() => workloads.ImportAsync(freshDatabase);

    [Benchmark(Description = "our whole export")]
    public Task<byte[]> Export() => workloads.ExportAsync(exportDatabase);
}
