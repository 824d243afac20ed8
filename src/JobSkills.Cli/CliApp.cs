using System.CommandLine;
using JobSkills.Cli.Commands;
using JobSkills.Import;
using Microsoft.Data.Sqlite;

namespace JobSkills.Cli;

/// <summary>
/// The command line: parsing, the commands, and the one place that turns errors into a one-line
/// message and an exit code. Runs in-process, so tests call <see cref="RunAsync(string[], CliConsole, CancellationToken)"/>.
/// </summary>
public static class CliApp
{
    public const string Name = "jobskills";

    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(args, CliConsole.System, cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var cli = new CliContext(console);
        try
        {
            var parsed = BuildRootCommand(cli).Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    await console.Error.WriteLineAsync($"{Name}: {OneLine(error.Message)}");
                }

                await console.Error.WriteLineAsync($"Run '{Name} --help' for usage.");
                return ExitCodes.Usage;
            }

            var configuration = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception e) when (IsUserError(e))
        {
            await console.Error.WriteLineAsync($"{Name}: {OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync($"{Name}: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await console.Error.WriteLineAsync($"{Name}: internal error: {OneLine(e.Message)}");
            await console.Error.WriteLineAsync(e.ToString());
            return ExitCodes.InternalError;
        }
    }

    internal static RootCommand BuildRootCommand(CliContext cli)
    {
        var root = new RootCommand("JobSkills: import a markdown skills outline and job postings into SQLite; query, search and match them; export the outline back byte for byte.")
        {
            cli.DatabaseOption,
            ImportCommand.Create(cli),
            ExportCommand.Create(cli),
            FieldsCommand.Create(cli),
            PlaceholdersCommand.Create(cli),
            PostingsCommand.Create(cli),
            SearchCommand.Create(cli),
            MatchCommand.Create(cli),
            StatsCommand.Create(cli),
            BenchCommand.Create(cli),
        };
        return root;
    }

    /// <summary>Errors the user can fix: their message is the whole story, so no stack trace.</summary>
    internal static bool IsUserError(Exception e) =>
        e is ImportException or CliException or ArgumentException or KeyNotFoundException
            or SqliteException or IOException or UnauthorizedAccessException;

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
