using System.CommandLine;
using JobSkills.Outline;

namespace JobSkills.Cli.Commands;

/// <summary>`placeholders`: the queue of BLAH and [NAME](URL) nodes still to fill, in document order.</summary>
internal static class PlaceholdersCommand
{
    public static Command Create(CliContext cli)
    {
        var field = new Option<string?>("--field") { Description = "Only placeholders inside this field (a heading path or its last segments)", HelpName = "PATH" };
        var document = CliContext.DocumentOption();
        return cli.ReportCommand(
            "placeholders",
            "List the placeholders to fill: node id, field path, line, text and context",
            [field, document],
            async (parsed, cancellationToken) =>
            {
                var tree = await cli.LoadTreeAsync(parsed, document, cancellationToken);
                var fieldPath = parsed.GetValue(field);
                var placeholders = OutlineService.ListPlaceholders(tree, fieldPath);
                return new PlaceholdersReport(DocumentJson.From(tree.Document), fieldPath, placeholders.Count, placeholders);
            },
            WriteTextAsync);
    }

    private static async Task WriteTextAsync(TextWriter writer, PlaceholdersReport report)
    {
        var document = report.Document;
        var within = string.IsNullOrWhiteSpace(report.Field) ? "" : $" under \"{report.Field}\"";
        await writer.WriteLineAsync($"{report.Count} placeholders{within} in {document.Name} (document {document.Id}, version {document.Version})");
        foreach (var group in report.Placeholders.GroupBy(p => p.FieldPath))
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync(group.Key.Length == 0 ? "(before the first heading)" : group.Key);
            var table = new TextTable("  LINE", "NODE", "TEXT", "CONTEXT") { RightAligned = [0, 1] };
            foreach (var entry in group)
            {
                table.Add(entry.Line, entry.NodeId, entry.Text, Shorten(entry.Context, 80));
            }

            await table.WriteAsync(writer);
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    private sealed record PlaceholdersReport(DocumentJson Document, string? Field, int Count, IReadOnlyList<PlaceholderEntry> Placeholders);
}
