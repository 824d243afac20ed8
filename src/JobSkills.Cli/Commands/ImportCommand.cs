using System.CommandLine;
using JobSkills.Import;
using JobSkills.Outline;

namespace JobSkills.Cli.Commands;

/// <summary>`import outline FILE...`: one transaction and one line per file; a failed file does not stop the rest.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Markdown outline files (UTF-8, at most 16 MB each)",
            Arity = ArgumentArity.OneOrMore,
        };
        var outline = new Command("outline", "Import markdown outlines; re-importing the same bytes adds nothing") { files };
        outline.SetAction((parsed, cancellationToken) => ImportOutlinesAsync(cli, parsed, parsed.GetValue(files)!, cancellationToken));

        return new Command("import", "Import data into the database") { outline };
    }

    private static async Task<int> ImportOutlinesAsync(CliContext cli, ParseResult parsed, string[] paths, CancellationToken cancellationToken)
    {
        OutlineImporter? importer = null;
        var failed = 0;
        foreach (var path in paths)
        {
            try
            {
                var file = SourceFile.Read(path);

                // Opened once a file passes validation: bad files alone never create or touch the database.
                importer ??= new OutlineImporter((await cli.OpenAsync(parsed, cancellationToken)).Factory);
                var result = await TerminalProgress.RunAsync(cli.Console, file.Name, task =>
                    importer.ImportAsync(file, TerminalProgress.Reporter<ImportProgress>(task, Show), cancellationToken));
                await cli.Out.WriteLineAsync($"{path}: {Describe(result)}");
            }
            catch (ImportException e)
            {
                failed++;
                await cli.Console.Error.WriteLineAsync($"{CliApp.Name}: {CliApp.OneLine(e.Message)}");
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void Show(Spectre.Console.ProgressTask task, ImportProgress progress)
    {
        if (progress.Total > 0)
        {
            task.MaxValue = progress.Total;
            task.Value = progress.Done;
        }
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
            + $"{result.Placeholders} placeholders, {result.SkillSets} skill sets in {result.Elapsed.TotalSeconds:0.00} s{kept}";
    }
}
