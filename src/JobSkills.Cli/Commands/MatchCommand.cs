using System.CommandLine;
using JobSkills.Postings;
using JobSkills.Skills;

namespace JobSkills.Cli.Commands;

/// <summary>`match POSTING_ID`: the outline fields that fit a posting best, with the shared terms as evidence.</summary>
internal static class MatchCommand
{
    /// <summary>Evidence terms shown per field in the text output; JSON has them all.</summary>
    private const int EvidenceShown = 5;

    public static Command Create(CliContext cli)
    {
        var postingId = new Argument<int>("POSTING_ID") { Description = "The posting's id (`postings` lists them)" };
        var top = CliContext.CountOption("--top", "How many fields", 5);

        var command = cli.ReportCommand(
            "match",
            "Match a posting to the outline's fields (tf-idf over skill terms): the best fields with score and evidence",
            [top],
            async (parsed, cancellationToken) =>
            {
                var database = await cli.OpenAsync(parsed, cancellationToken);
                var id = parsed.GetValue(postingId);
                var posting = await new PostingService(database.Factory).FindAsync(id, cancellationToken)
                    ?? throw new CliException($"no posting has id {id} in {database.Path} (`{CliApp.Name} postings` lists them)");
                var document = await database.RequireDocumentAsync(null, cancellationToken);
                var service = new FieldMatchService(database.Factory, database.Outlines, new SkillLinker(database.Factory));
                var fields = await service.MatchPostingAsync(id, parsed.GetValue(top), cancellationToken);
                return new MatchReport(
                    new MatchedPostingJson(posting.Id, posting.Company, posting.Title),
                    DocumentJson.From(document),
                    fields);
            },
            WriteTextAsync);
        command.Arguments.Add(postingId);
        return command;
    }

    private static async Task WriteTextAsync(TextWriter writer, MatchReport report)
    {
        var posting = report.Posting;
        await writer.WriteLineAsync(
            $"posting {posting.Id}: {posting.Company}, {posting.Title}: {report.Fields.Count} best fields "
            + $"in {report.Document.Name} (document {report.Document.Id}, version {report.Document.Version})");
        foreach (var field in report.Fields)
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"{field.Score:0.0000}  {field.Path}");
            var evidence = new TextTable("", "", "") { RightAligned = [0] };
            foreach (var term in field.Evidence.Take(EvidenceShown))
            {
                evidence.Add($"        {term.Contribution:0.0000}", term.Term, $"(posting weight {term.PostingWeight:0.00}, field weight {term.FieldWeight:0.00})");
            }

            await evidence.WriteAsync(writer);
            if (field.Evidence.Count > EvidenceShown)
            {
                await writer.WriteLineAsync($"        … {field.Evidence.Count - EvidenceShown} more terms (--json lists them all)");
            }
        }
    }

    /// <summary>The JSON of `match --json`; docs/cli.md lists these names, and scripts read them.</summary>
    private sealed record MatchReport(MatchedPostingJson Posting, DocumentJson Document, IReadOnlyList<PostingFieldMatch> Fields);

    private sealed record MatchedPostingJson(int Id, string Company, string Title);
}
