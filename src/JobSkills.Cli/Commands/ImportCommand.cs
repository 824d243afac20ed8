using System.CommandLine;
using JobSkills.Data;
using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Skills;
using Spectre.Console;

namespace JobSkills.Cli.Commands;

/// <summary>
/// `import outline FILE...` and `import postings FILE_OR_DIR...`: one transaction and one line
/// per file; a failed file does not stop the rest.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Markdown outline files (UTF-8, at most 16 MB each)",
            Arity = ArgumentArity.OneOrMore,
        };
        var outline = new Command("outline", "Import markdown outlines and link the skill vocabulary; re-importing the same bytes adds nothing") { files };
        outline.SetAction((parsed, cancellationToken) => ImportOutlinesAsync(cli, parsed, parsed.GetValue(files)!, cancellationToken));

        var paths = new Argument<string[]>("FILE_OR_DIR")
        {
            Description = $"Job postings ({string.Join(", ", PostingParser.Extensions)}; UTF-8, at most 16 MB each) or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var postings = new Command("postings", "Import job postings: parse, store, link skills and index each file; re-importing the same bytes adds nothing") { paths };
        postings.SetAction((parsed, cancellationToken) => ImportPostingsAsync(cli, parsed, parsed.GetValue(paths)!, cancellationToken));

        return new Command("import", "Import data into the database") { outline, postings };
    }

    private static async Task<int> ImportOutlinesAsync(CliContext cli, ParseResult parsed, string[] paths, CancellationToken cancellationToken)
    {
        OpenDatabase? database = null;
        var failed = 0;
        foreach (var path in paths)
        {
            try
            {
                var file = SourceFile.Read(path);

                // Opened once a file passes validation: bad files alone never create or touch the database.
                database ??= await cli.OpenAsync(parsed, cancellationToken);
                var importer = new OutlineImporter(database.Factory);
                var result = await TerminalProgress.RunAsync(cli.Console, file.Name, task =>
                    importer.ImportAsync(file, TerminalProgress.Reporter<ImportProgress>(task, Show), cancellationToken));
                var links = result.Status == OutlineImportStatus.AlreadyImported
                    ? ""
                    : Describe(await TerminalProgress.RunAsync(cli.Console, "linking skill terms", task =>
                    {
                        if (task is not null)
                        {
                            task.IsIndeterminate = true;
                        }

                        return new SkillLinker(database.Factory).RelinkOutlineAsync(result.DocumentId, cancellationToken);
                    }));
                await cli.Out.WriteLineAsync($"{path}: {Describe(result)}{links}");
            }
            catch (ImportException e)
            {
                failed++;
                await cli.Console.Error.WriteLineAsync($"{CliApp.Name}: {CliApp.OneLine(e.Message)}");
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static async Task<int> ImportPostingsAsync(CliContext cli, ParseResult parsed, string[] paths, CancellationToken cancellationToken)
    {
        // As for outlines, bad files alone never create or touch the database: it is opened once a file reads as a posting.
        var importer = new PostingImporter(new DbContextFactory(cli.DatabasePath(parsed)));
        var outcomes = await TerminalProgress.RunAsync(cli.Console, "postings", task =>
            importer.ImportAsync(paths, TerminalProgress.Reporter<ImportProgress>(task, ShowFile), cancellationToken, ct => cli.OpenAsync(parsed, ct)));
        if (outcomes.Count == 0)
        {
            await cli.Console.Error.WriteLineAsync($"{CliApp.Name}: no posting files ({string.Join(", ", PostingParser.Extensions)}) in {string.Join(", ", paths)}");
            return ExitCodes.Failure;
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Result is { } result)
            {
                await cli.Out.WriteLineAsync($"{outcome.Path}: {Describe(result)}");
            }
            else
            {
                await cli.Console.Error.WriteLineAsync($"{CliApp.Name}: {CliApp.OneLine(outcome.Error ?? $"{outcome.Path}: not imported")}");
            }
        }

        return outcomes.All(o => o.Result is not null) ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void Show(ProgressTask task, ImportProgress progress)
    {
        if (progress.Total > 0)
        {
            task.MaxValue = progress.Total;
            task.Value = progress.Done;
        }
    }

    private static void ShowFile(ProgressTask task, ImportProgress progress)
    {
        Show(task, progress);
        task.Description = Markup.Escape(progress.Stage);
    }

    private static string Describe(OutlineImportResult result)
    {
        var status = result.Status switch
        {
            OutlineImportStatus.Imported => $"imported (document {result.DocumentId}, version {result.Version})",
            OutlineImportStatus.NewVersion => $"new version {result.Version} (document {result.DocumentId})",
            _ => $"already imported (document {result.DocumentId}, version {result.Version})",
        };
        var kept = result.EditsInPreviousVersion > 0 ? $"; {result.EditsInPreviousVersion} edits stay in version {result.Version - 1}" : "";
        return $"{status}: {result.Nodes} nodes, {result.Fields} fields, "
            + $"{result.Placeholders} placeholders, {result.SkillSets} skill sets in {Seconds(result.Elapsed)}{kept}";
    }

    private static string Describe(OutlineLinkResult links) =>
        $"; linked {links.Vocabulary.Terms} skill terms ({links.Outline.Occurrences} in the outline, "
        + $"{links.Postings.Occurrences} in postings) in {Seconds(links.Elapsed)}";

    private static string Describe(PostingImportResult result)
    {
        var status = result.Status == PostingImportStatus.Imported ? "imported" : "already imported";
        var company = result.Company.Length > 0 ? result.Company : "(company unknown)";
        var title = result.Title.Length > 0 ? result.Title : "(title unknown)";
        return $"{status} (posting {result.PostingId}): {company}, {title}, "
            + $"{result.Sections} sections, {result.Skills} skills in {Seconds(result.Elapsed)}";
    }

    private static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds:0.00} s";
}
