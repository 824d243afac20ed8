using System.Text.Json;

namespace JobSkills.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    /// <summary>Shape only: timings on a shared test machine are not asserted.</summary>
    [Fact]
    public async Task Bench_OneIterationJson_ReportsEveryWorkloadAndTheTarget()
    {
        var result = await workspace.RunAsync("bench", "--iterations", "1", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["outline", "bytes", "nodes", "warmups", "iterations", "runtime", "optimizedBuild", "workloads", "target"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("skills-outline.md", root.GetProperty("outline").GetString());
        Assert.Equal(CliWorkspace.SeedBytes.Length, root.GetProperty("bytes").GetInt64());
        Assert.Equal(1, root.GetProperty("iterations").GetInt32());

        var workloads = root.GetProperty("workloads").EnumerateArray().ToList();
        Assert.Equal(
            ["markdig-trivia-parse", "sqlite-bare-insert", "import", "export"],
            workloads.Select(w => w.GetProperty("name").GetString()));
        Assert.All(workloads, workload => Assert.Equal(
            ["name", "description", "medianMs", "p95Ms", "minMs", "ratioToFloor"],
            workload.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(1.0, workloads[0].GetProperty("ratioToFloor").GetDouble());

        var target = root.GetProperty("target");
        Assert.Equal(["formula", "ratio", "limit", "met"], target.EnumerateObject().Select(p => p.Name));
        Assert.Equal("import / (markdig-trivia-parse + sqlite-bare-insert)", target.GetProperty("formula").GetString());
        Assert.Equal(3.0, target.GetProperty("limit").GetDouble());
        Assert.False(File.Exists(workspace.DatabasePath), "bench works in scratch databases of its own");
    }
}
