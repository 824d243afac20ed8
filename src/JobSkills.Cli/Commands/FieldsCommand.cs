using System.CommandLine;
using JobSkills.Outline;

namespace JobSkills.Cli.Commands;

/// <summary>`fields`: every heading of the outline as a tree, with counts over its whole section.</summary>
internal static class FieldsCommand
{
    public static Command Create(CliContext cli)
    {
        var document = CliContext.DocumentOption();
        return cli.ReportCommand(
            "fields",
            "List the field tree (headings) with node, skill set and placeholder counts",
            [document],
            async (parsed, cancellationToken) =>
            {
                var tree = await cli.LoadTreeAsync(parsed, document, cancellationToken);
                return new FieldsReport(DocumentJson.From(tree.Document), OutlineService.SummarizeFields(tree));
            },
            WriteTextAsync);
    }

    private static async Task WriteTextAsync(TextWriter writer, FieldsReport report)
    {
        var document = report.Document;
        await writer.WriteLineAsync($"{document.Name} (document {document.Id}, version {document.Version}): {report.Fields.Count} fields");
        await writer.WriteLineAsync();
        var table = new TextTable("FIELD", "LINE", "NODES", "SKILL SETS", "PLACEHOLDERS") { RightAligned = [1, 2, 3, 4] };
        var depth = new Dictionary<int, int>();
        foreach (var field in report.Fields)
        {
            depth[field.Id] = field.ParentFieldId is { } parent && depth.TryGetValue(parent, out var d) ? d + 1 : 0;
            table.Add(new string(' ', 2 * depth[field.Id]) + field.Title, field.Line, field.Nodes, field.SkillSets, field.Placeholders);
        }

        await table.WriteAsync(writer);
    }

    private sealed record FieldsReport(DocumentJson Document, IReadOnlyList<FieldSummary> Fields);
}
