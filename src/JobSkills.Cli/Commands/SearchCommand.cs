using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using JobSkills.Postings;
using JobSkills.Search;

namespace JobSkills.Cli.Commands;

/// <summary>
/// `search QUERY`: ranked postings with highlighted snippets and facets. Query syntax that is not
/// valid is searched literally, never an error.
/// </summary>
internal static partial class SearchCommand
{
    private const string Bold = "\u001b[1;33m";
    private const string Reset = "\u001b[0m";

    /// <summary>The --kind values: the section kinds, lower case, in the order a posting has them (other last).</summary>
    private static readonly string[] KindNames = [.. Enum.GetValues<SectionKind>().OrderBy(k => k == SectionKind.Other).Select(k => k.ToString().ToLowerInvariant())];

    public static Command Create(CliContext cli)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words (all must occur), \"a phrase\", a prefix (pyt*), AND / OR / NOT, parentheses; several arguments are one query; invalid syntax is searched as plain words",
            Arity = ArgumentArity.OneOrMore,
        };
        var limit = CliContext.CountOption("--limit", "At most N postings", 20);
        var company = new Option<string?>("--company") { Description = "Only postings of this company (case-insensitive)", HelpName = "NAME" };
        var role = new Option<string?>("--role") { Description = "Only postings for this role title (case-insensitive)", HelpName = "TITLE" };
        var kind = new Option<SectionKind?>("--kind")
        {
            Description = $"Search only sections of this kind: {string.Join(", ", KindNames)}",
            HelpName = "KIND",
            CustomParser = ParseKind,
        };
        var skill = new Option<string?>("--skill") { Description = "Only postings in which this skill term (or an alias) occurs", HelpName = "TERM" };

        var command = cli.ReportCommand(
            "search",
            "Search the postings: ranked results with highlighted snippets, and facets by company and section kind",
            [limit, company, role, kind, skill],
            async (parsed, cancellationToken) =>
            {
                var database = await cli.OpenAsync(parsed, cancellationToken);
                var page = await new PostingSearch(database.Factory, new SqliteSearchIndex()).SearchAsync(
                    new PostingSearchRequest
                    {
                        Query = string.Join(' ', parsed.GetValue(query) ?? []),
                        Limit = parsed.GetValue(limit),
                        Company = parsed.GetValue(company),
                        Role = parsed.GetValue(role),
                        Kind = parsed.GetValue(kind),
                        Skill = parsed.GetValue(skill),
                    },
                    cancellationToken);
                return SearchReport.From(page);
            },
            (writer, report) => WriteTextAsync(writer, report, cli.Console.ColorOutput));
        command.Arguments.Add(query);
        return command;
    }

    private static SectionKind? ParseKind(ArgumentResult result)
    {
        var value = result.Tokens.Single().Value;
        var match = Enum.GetValues<SectionKind>().Where(k => string.Equals(k.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (match is [var kind])
        {
            return kind;
        }

        result.AddError($"--kind: unknown section kind '{value}' (use one of: {string.Join(", ", KindNames)})");
        return null;
    }

    private static async Task WriteTextAsync(TextWriter writer, SearchReport report, bool colorOutput)
    {
        var shown = report.Results.Count < report.Total ? $", showing the best {report.Results.Count}" : "";
        var literal = report.Literal ? " (searched as plain words: the query's syntax is not valid)" : "";
        await writer.WriteLineAsync($"{report.Total} {(report.Total == 1 ? "posting matches" : "postings match")} \"{report.Query}\"{shown}{literal}");
        var rank = 0;
        foreach (var result in report.Results)
        {
            await writer.WriteLineAsync();
            var where = result.Location.Length > 0 ? $" ({result.Location})" : "";
            await writer.WriteLineAsync($"{++rank}. posting {result.PostingId}: {result.Company}, {result.Title}{where}, relevance {result.Relevance:0.00}");
            foreach (var snippet in result.Snippets)
            {
                var heading = snippet.Heading.Length > 0 ? $"{snippet.Heading} ({snippet.Kind.ToString().ToLowerInvariant()})" : snippet.Kind.ToString().ToLowerInvariant();
                await writer.WriteLineAsync($"      {heading}: {OneLine(colorOutput ? Ansi(snippet.Marked) : snippet.Text)}");
            }
        }

        if (report.Total > 0)
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"companies: {string.Join(", ", report.Companies.Select(f => $"{f.Value} {f.Count}"))}");
            await writer.WriteLineAsync($"kinds: {string.Join(", ", report.Kinds.Select(f => $"{f.Value} {f.Count}"))}");
        }
    }

    /// <summary>Highlights in ANSI bold yellow, for a terminal.</summary>
    private static string Ansi(string marked) => marked
        .Replace(Highlight.Start.ToString(), Bold, StringComparison.Ordinal)
        .Replace(Highlight.End.ToString(), Reset, StringComparison.Ordinal);

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The JSON of `search --json`; docs/cli.md lists these names, and scripts read them.</summary>
    private sealed record SearchReport(
        string Query,
        bool Literal,
        int Total,
        IReadOnlyList<SearchResultJson> Results,
        IReadOnlyList<FacetJson> Companies,
        IReadOnlyList<FacetJson> Kinds)
    {
        public static SearchReport From(PostingSearchPage page) => new(
            page.Query,
            page.IsLiteral,
            page.Total,
            page.Results.Select(r => new SearchResultJson(
                r.PostingId,
                r.Company,
                r.Title,
                r.Location,
                r.Score,
                r.Relevance,
                r.Snippets.Select(s => new SnippetJson(s.SectionId, s.Heading, s.Kind, Highlight.ToBrackets(s.Text)) { Marked = s.Text }).ToList())).ToList(),
            page.Companies.Select(f => new FacetJson(f.Value, f.Count)).ToList(),
            page.Kinds.Select(f => new FacetJson(JsonNamingPolicy.CamelCase.ConvertName(f.Value), f.Count)).ToList());
    }

    private sealed record SearchResultJson(int PostingId, string Company, string Title, string Location, double Score, double Relevance, IReadOnlyList<SnippetJson> Snippets);

    /// <summary>A snippet: Text has its highlights in [brackets]; Marked keeps the core's markers, for the terminal.</summary>
    private sealed record SnippetJson(int SectionId, string Heading, SectionKind Kind, string Text)
    {
        [JsonIgnore]
        public string Marked { get; init; } = Text;
    }

    private sealed record FacetJson(string Value, int Count);
}
