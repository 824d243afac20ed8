using System.Text.Json;

namespace JobSkills.Cli.Tests.Commands;

/// <summary>Shape only: timings on a shared test machine are not asserted.</summary>
public sealed class BenchCommandTests : IDisposable
{
    private static readonly string[] RootNames =
        ["outline", "bytes", "nodes", "warmups", "iterations", "runtime", "optimizedBuild", "workloads", "target", "postingImport", "search"];

    private static readonly string[] WorkloadNames = ["name", "description", "medianMs", "p95Ms", "minMs", "ratioToFloor"];

    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Bench_OnlyOutline_ReportsEveryWorkloadAndTheTarget()
    {
        var root = await RunJsonAsync("bench", "--only", "outline", "--iterations", "1", "--json");

        Assert.Equal(RootNames, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("skills-outline.md", root.GetProperty("outline").GetString());
        Assert.Equal(CliWorkspace.SeedBytes.Length, root.GetProperty("bytes").GetInt64());
        Assert.Equal(1, root.GetProperty("iterations").GetInt32());

        var workloads = root.GetProperty("workloads").EnumerateArray().ToList();
        Assert.Equal(
            ["markdig-trivia-parse", "sqlite-bare-insert", "import", "export"],
            workloads.Select(w => w.GetProperty("name").GetString()));
        Assert.All(workloads, workload => Assert.Equal(WorkloadNames, workload.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(1.0, workloads[0].GetProperty("ratioToFloor").GetDouble());

        var target = root.GetProperty("target");
        Assert.Equal(["formula", "ratio", "limit", "met"], target.EnumerateObject().Select(p => p.Name));
        Assert.Equal("import / (markdig-trivia-parse + sqlite-bare-insert)", target.GetProperty("formula").GetString());
        Assert.Equal(3.0, target.GetProperty("limit").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("postingImport").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("search").ValueKind);
    }

    [Fact]
    public async Task Bench_OnlyPostings_ReportsImportAgainstTheParseFloor()
    {
        var root = await RunJsonAsync("bench", "--only", "postings", "--iterations", "1", "--json");

        Assert.Equal(RootNames, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("outline").ValueKind);
        Assert.Empty(root.GetProperty("workloads").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("search").ValueKind);

        var postings = root.GetProperty("postingImport");
        Assert.Equal(
            ["postings", "bytes", "warmups", "iterations", "workloads", "msPerPosting", "postingsPerSecond"],
            postings.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, postings.GetProperty("postings").GetInt32());
        var workloads = postings.GetProperty("workloads").EnumerateArray().ToList();
        Assert.Equal(["posting-parse", "posting-link-session", "posting-import"], workloads.Select(w => w.GetProperty("name").GetString()));
        Assert.All(workloads, workload => Assert.Equal(WorkloadNames, workload.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(1.0, workloads[0].GetProperty("ratioToFloor").GetDouble());
        Assert.True(postings.GetProperty("postingsPerSecond").GetDouble() > 0);
    }

    [Fact]
    public async Task Bench_OnlySearch_ReportsEveryQueryOnBothDatasetsWithTheTargets()
    {
        var root = await RunJsonAsync("bench", "--only", "search", "--postings", "200", "--iterations", "1", "--json");

        Assert.Equal(RootNames, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("postingImport").ValueKind);
        var search = root.GetProperty("search");
        Assert.Equal(["warmups", "iterations", "datasets"], search.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, search.GetProperty("iterations").GetInt32());

        var datasets = search.GetProperty("datasets").EnumerateArray().ToList();
        Assert.Equal(["seed", "synthetic-200"], datasets.Select(d => d.GetProperty("name").GetString()));
        Assert.Equal([4, 200], datasets.Select(d => d.GetProperty("postings").GetInt32()));
        Assert.Equal([5.0, 50.0], datasets.Select(d => d.GetProperty("target").GetProperty("limitMs").GetDouble()));
        foreach (var dataset in datasets)
        {
            Assert.Equal(
                ["name", "postings", "buildMs", "samples", "p50Ms", "p95Ms", "maxMs", "floorP50Ms", "floorP95Ms", "ratioToFloor", "target", "queries"],
                dataset.EnumerateObject().Select(p => p.Name));
            Assert.Equal(["formula", "valueMs", "limitMs", "met"], dataset.GetProperty("target").EnumerateObject().Select(p => p.Name));

            var queries = dataset.GetProperty("queries").EnumerateArray().ToList();
            Assert.Equal(12, queries.Count);
            Assert.Equal(12, dataset.GetProperty("samples").GetInt32());
            Assert.All(queries, query => Assert.Equal(
                ["name", "query", "kind", "company", "isLiteral", "matches", "p50Ms", "p95Ms", "maxMs", "floorP50Ms", "ratioToFloor"],
                query.EnumerateObject().Select(p => p.Name)));
            var byName = queries.ToDictionary(q => q.GetProperty("name").GetString()!);
            Assert.True(byName["word"].GetProperty("matches").GetInt32() > 0, "pytorch is in the seed postings and in the generated ones");
            Assert.True(byName["operator-alone"].GetProperty("isLiteral").GetBoolean());
            Assert.Equal("required", byName["kind-filter"].GetProperty("kind").GetString());
        }
    }

    [Theory]
    [InlineData("--only", "everything")]
    [InlineData("--postings", "0")]
    [InlineData("--iterations", "0")]
    public async Task Bench_BadOption_IsAUsageError(string option, string value)
    {
        var result = await workspace.RunAsync("bench", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'jobskills --help' for usage.", result.Error);
    }

    private async Task<JsonElement> RunJsonAsync(params string[] args)
    {
        var result = await workspace.RunAsync(args);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(File.Exists(workspace.DatabasePath), "bench works in scratch databases of its own");
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.Clone();
    }
}
