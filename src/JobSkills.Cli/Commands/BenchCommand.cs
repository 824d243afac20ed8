using System.CommandLine;
using JobSkills.Benchmarking;
using JobSkills.Seeds;

namespace JobSkills.Cli.Commands;

/// <summary>
/// `bench`: times the floor (Markdig trivia parse, bare SQLite insert), our import and our export
/// on the seed outline, in scratch databases of its own (--db is not touched).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext cli)
    {
        var iterations = new Option<int>("--iterations")
        {
            Description = "Timed rounds after one warm-up round",
            HelpName = "N",
            DefaultValueFactory = _ => 10,
        };
        iterations.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var value) && value < 1)
            {
                result.AddError("--iterations must be at least 1");
            }
        });
        return cli.ReportCommand(
            "bench",
            "Benchmark import and export against the floor (Markdig trivia parse + bare SQLite insert) measured in the same run",
            [iterations],
            (parsed, cancellationToken) =>
            {
                var rounds = parsed.GetValue(iterations);
                const int warmups = 1;
                return TerminalProgress.RunAsync(cli.Console, "bench", task =>
                {
                    if (task is not null)
                    {
                        task.MaxValue = warmups + rounds;
                    }

                    var progress = TerminalProgress.Reporter<int>(task, (t, done) => t.Value = done);
                    return OutlineBench.RunAsync(SeedFiles.Outline, rounds, warmups, progress, cancellationToken);
                });
            },
            WriteTextAsync);
    }

    private static async Task WriteTextAsync(TextWriter writer, BenchReport report)
    {
        var build = report.OptimizedBuild ? "Release build" : "Debug build (our code unoptimized: use `dotnet run -c Release` for real figures)";
        await writer.WriteLineAsync($"{report.Outline}: {report.Bytes} bytes, {report.Nodes} nodes; {report.Warmups} warm-up + {report.Iterations} timed rounds; .NET {report.Runtime}, {build}");
        await writer.WriteLineAsync();

        var table = new TextTable("WORKLOAD", "MEDIAN ms", "P95 ms", "× FLOOR", "WHAT") { RightAligned = [1, 2, 3] };
        foreach (var workload in report.Workloads)
        {
            table.Add(workload.Name, $"{workload.MedianMs:0.0}", $"{workload.P95Ms:0.0}", $"{workload.RatioToFloor:0.00}", workload.Description);
        }

        await table.WriteAsync(writer);
        await writer.WriteLineAsync();

        var target = report.Target;
        var verdict = target.Met ? "met" : "NOT met";
        await writer.WriteLineAsync($"target: {target.Formula} = {target.Ratio:0.00}× (limit {target.Limit:0.#}×): {verdict}");
    }
}
