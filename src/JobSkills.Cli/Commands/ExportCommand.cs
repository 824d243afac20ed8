using System.CommandLine;
using JobSkills.Export;

namespace JobSkills.Cli.Commands;

/// <summary>`export`: the outline's exact bytes (or a filtered part) to stdout or, atomically, to a file.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext cli)
    {
        var fields = new Option<string[]>("--field")
        {
            Description = "Only this field (a heading path, or its last segments such as \"Applied ML / Computer Vision\"); repeatable",
            HelpName = "PATH",
        };
        var query = new Option<string?>("--query") { Description = "Only nodes containing every word of TEXT (with their subtrees)", HelpName = "TEXT" };
        var placeholders = new Option<string>("--placeholders")
        {
            Description = "Keep placeholders (BLAH, [NAME](URL)), exclude them, or export only them",
            DefaultValueFactory = _ => "keep",
        }.AcceptOnlyFromAmong("keep", "exclude", "only");
        var output = new Option<string?>("--out") { Description = "Write to FILE instead of stdout", HelpName = "FILE" };
        var document = CliContext.DocumentOption();

        var command = new Command("export", "Write the outline as markdown; an unfiltered export of an unedited outline is the imported file byte for byte")
        {
            fields, query, placeholders, output, document,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var tree = await cli.LoadTreeAsync(parsed, document, cancellationToken);
            var filter = new ExportFilter
            {
                FieldPaths = parsed.GetValue(fields) ?? [],
                Query = parsed.GetValue(query),
                Placeholders = Enum.Parse<PlaceholderFilter>(parsed.GetValue(placeholders)!, ignoreCase: true),
            };
            var bytes = OutlineExporter.ExportBytes(tree, filter);

            if (parsed.GetValue(output) is { } path)
            {
                WriteAtomically(path, bytes);
                await cli.Out.WriteLineAsync($"{path}: {bytes.Length} bytes written");
            }
            else
            {
                await cli.Console.StandardOutput.WriteAsync(bytes, cancellationToken);
                await cli.Console.StandardOutput.FlushAsync(cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Writes a temporary file beside the target, then renames it over the target: a failure never leaves half a file.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
        {
            throw new CliException($"{path}: is a directory");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new CliException($"{path}: cannot write the file ({CliApp.OneLine(e.Message)})", e);
        }
    }
}
