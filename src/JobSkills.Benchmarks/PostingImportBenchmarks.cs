using BenchmarkDotNet.Attributes;
using JobSkills.Benchmarking;
using JobSkills.Postings;
using JobSkills.Seeds;
using JobSkills.Skills;

namespace JobSkills.Benchmarks;

/// <summary>
/// The seed postings' import against the floor, the parse alone (the baseline): the ratio says how
/// many parses the whole import costs (store, skill links and index are the rest). Each import
/// goes into a fresh copy of a database that holds the outline and its vocabulary, made (with the
/// link session) in an untimed iteration setup, hence one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class PostingImportBenchmarks
{
    private PostingWorkloads workloads = null!;
    private string sessionDatabase = "";
    private string freshDatabase = "";
    private PostingLinkSession session = null!;

    [GlobalSetup]
    public void Setup()
    {
        workloads = new PostingWorkloads(SeedFiles.Outline, SeedFiles.Postings);
        sessionDatabase = workloads.PrepareImportDatabaseAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => workloads.Dispose();

    [IterationSetup(Target = nameof(Import))]
    public void PrepareImportDatabase()
    {
        freshDatabase = workloads.PrepareImportDatabaseAsync().GetAwaiter().GetResult();
        session = workloads.StartSessionAsync(freshDatabase).GetAwaiter().GetResult();
    }

    [IterationCleanup(Target = nameof(Import))]
    public void DeleteFreshDatabase() => PostingWorkloads.DeleteDatabase(freshDatabase);

    [Benchmark(Baseline = true, Description = "parse the seed postings (floor)")]
    public IReadOnlyList<ParsedPosting> Parse() => workloads.ParseAll();

    [Benchmark(Description = "link session: load vocabulary, build matcher")]
    public Task<PostingLinkSession> LinkSession() => workloads.StartSessionAsync(sessionDatabase);

    [Benchmark(Description = "our import of the seed postings")]
    public Task<IReadOnlyList<PostingImportResult>> Import() => workloads.ImportAsync(freshDatabase, session);
}
