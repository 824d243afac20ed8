using System.CommandLine;
using JobSkills.Outline;
using JobSkills.Postings;

namespace JobSkills.Cli.Commands;

/// <summary>`stats`: counts for the current outline and for the database. An empty database is not an error: it counts zero.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext cli)
    {
        var document = CliContext.DocumentOption();
        return cli.ReportCommand(
            "stats",
            "Count documents, versions, nodes, fields, list items, skill sets, placeholders, edited nodes, postings and skill links",
            [document],
            async (parsed, cancellationToken) =>
            {
                var database = await cli.OpenAsync(parsed, cancellationToken);
                var documents = await database.Outlines.ListDocumentsAsync(cancellationToken);
                var selector = parsed.GetValue(document);
                var current = documents.Count == 0 && selector is null ? null : await database.RequireDocumentAsync(selector, cancellationToken);
                var counts = current is null
                    ? new OutlineCounts(0, 0, 0, 0, 0, 0)
                    : OutlineService.Count(await database.Outlines.LoadTreeAsync(current.Id, cancellationToken));
                var postings = await new PostingService(database.Factory).CountAllAsync(cancellationToken);
                return new StatsReport(
                    database.Path,
                    documents.Select(d => d.Name).Distinct().Count(),
                    documents.Count,
                    current is null ? null : DocumentJson.From(current),
                    counts.Nodes,
                    counts.Fields,
                    counts.ListItems,
                    counts.SkillSets,
                    counts.Placeholders,
                    counts.EditedNodes,
                    postings.Postings,
                    postings.Companies,
                    postings.Roles,
                    postings.Sections,
                    postings.Lines,
                    postings.SkillTerms,
                    postings.PostingOccurrences,
                    postings.OutlineOccurrences)
                {
                    AllDocuments = documents,
                };
            },
            WriteTextAsync);
    }

    private static async Task WriteTextAsync(TextWriter writer, StatsReport stats)
    {
        var current = stats.Document is { } d ? $"{d.Name}, version {d.Version} (document {d.Id}), imported {d.ImportedAt:yyyy-MM-dd HH:mm} UTC" : "none";
        var table = new TextTable("", "");
        table.Add("database", stats.Database);
        table.Add("documents", $"{stats.Documents} ({stats.Versions} {(stats.Versions == 1 ? "version" : "versions")})");
        table.Add("current", current);
        table.Add("nodes", stats.Nodes);
        table.Add("fields", stats.Fields);
        table.Add("list items", stats.ListItems);
        table.Add("skill sets", stats.SkillSets);
        table.Add("placeholders", stats.Placeholders);
        table.Add("edited nodes", stats.EditedNodes);
        table.Add("postings", stats.Postings);
        table.Add("companies", stats.Companies);
        table.Add("roles", stats.Roles);
        table.Add("posting sections", stats.PostingSections);
        table.Add("posting lines", stats.PostingLines);
        table.Add("skill terms", stats.SkillTerms);
        table.Add("skill links", $"{stats.PostingOccurrences} in postings, {stats.OutlineOccurrences} in outlines");
        await table.WriteAsync(writer);

        if (stats.AllDocuments.Count > 0)
        {
            await writer.WriteLineAsync();
            var list = new TextTable("ID", "NAME", "VERSION", "IMPORTED (UTC)", "BYTES", "REVISION", "") { RightAligned = [0, 2, 4, 5] };
            foreach (var document in stats.AllDocuments)
            {
                list.Add(document.Id, document.Name, document.Version, document.ImportedAt.ToString("yyyy-MM-dd HH:mm"), document.ByteLength, document.Revision, document.IsLatest ? "latest" : "");
            }

            await list.WriteAsync(writer);
        }
    }

    /// <summary>The JSON of `stats --json`; docs/cli.md lists these names, and scripts read them.</summary>
    private sealed record StatsReport(
        string Database,
        int Documents,
        int Versions,
        DocumentJson? Document,
        int Nodes,
        int Fields,
        int ListItems,
        int SkillSets,
        int Placeholders,
        int EditedNodes,
        int Postings,
        int Companies,
        int Roles,
        int PostingSections,
        int PostingLines,
        int SkillTerms,
        int PostingOccurrences,
        int OutlineOccurrences)
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public IReadOnlyList<OutlineDocumentSummary> AllDocuments { get; init; } = [];
    }
}
