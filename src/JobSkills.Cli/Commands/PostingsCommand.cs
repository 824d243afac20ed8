using System.CommandLine;
using System.Globalization;
using JobSkills.Postings;

namespace JobSkills.Cli.Commands;

/// <summary>`postings`: every stored posting with its facts, sections and skills, in import order. None stored is not an error.</summary>
internal static class PostingsCommand
{
    public static Command Create(CliContext cli) => cli.ReportCommand(
        "postings",
        "List the imported postings: company, title, role, location, pay, type, sections and skills",
        [],
        async (parsed, cancellationToken) =>
        {
            var database = await cli.OpenAsync(parsed, cancellationToken);
            var postings = await new PostingService(database.Factory).ListAsync(cancellationToken: cancellationToken);
            return new PostingsReport(postings.Count, postings.Select(PostingJson.From).ToList());
        },
        WriteTextAsync);

    private static async Task WriteTextAsync(TextWriter writer, PostingsReport report)
    {
        await writer.WriteLineAsync($"{report.Count} postings");
        foreach (var posting in report.Postings)
        {
            await writer.WriteLineAsync();
            await writer.WriteLineAsync($"posting {posting.Id}: {Or(posting.Company, "(company unknown)")}, {Or(posting.Title, "(title unknown)")}");
            var table = new TextTable("", "");
            AddIfAny(table, "  role", posting.Role);
            AddIfAny(table, "  location", posting.Location);
            AddIfAny(table, "  pay", Describe(posting.Pay));
            AddIfAny(table, "  type", posting.EmploymentType);
            AddIfAny(table, "  posted", posting.PostedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            table.Add("  source", $"{posting.Source} ({posting.Format.ToString().ToLowerInvariant()}), imported {posting.ImportedAt:yyyy-MM-dd HH:mm} UTC");
            table.Add("  sections", $"{posting.Sections.Count}: " + string.Join("; ", posting.Sections.Select(s =>
                $"{Or(s.Heading, "(no heading)")} ({s.Kind.ToString().ToLowerInvariant()}, {s.LineCount} {(s.LineCount == 1 ? "line" : "lines")})")));
            table.Add("  skills", $"{posting.Skills.Count}" + (posting.Skills.Count > 0 ? ": " + string.Join(", ", posting.Skills) : ""));
            await table.WriteAsync(writer);
        }
    }

    private static void AddIfAny(TextTable table, string label, string value)
    {
        if (value.Length > 0)
        {
            table.Add(label, value);
        }
    }

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;

    /// <summary>The pay as written, then the parsed figures: "between $131,500 and $243,300 (131500 to 243300 USD a year)".</summary>
    private static string Describe(PayJson pay)
    {
        if (pay.Min is null && pay.Max is null)
        {
            return pay.Text;
        }

        var range = pay.Min == pay.Max || pay.Max is null ? Number(pay.Min ?? pay.Max) : pay.Min is null ? $"up to {Number(pay.Max)}" : $"{Number(pay.Min)} to {Number(pay.Max)}";
        var currency = pay.Currency is null ? "" : $" {pay.Currency}";
        var period = pay.Period is { } p ? $" a{(p == PayPeriod.Hour ? "n" : "")} {p.ToString().ToLowerInvariant()}" : "";
        var parsed = $"{range}{currency}{period}";
        return pay.Text.Length > 0 ? $"{pay.Text} ({parsed})" : parsed;
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The JSON of `postings --json`; docs/cli.md lists these names, and scripts read them.</summary>
    private sealed record PostingsReport(int Count, IReadOnlyList<PostingJson> Postings);
}

/// <summary>A posting in JSON answers: its facts, pay, sections with their lines, and the skills found in it.</summary>
internal sealed record PostingJson(
    int Id,
    string Company,
    string Title,
    string Role,
    string Location,
    PayJson Pay,
    string EmploymentType,
    DateOnly? PostedOn,
    string Source,
    PostingFormat Format,
    DateTime ImportedAt,
    IReadOnlyList<PostingSectionJson> Sections,
    IReadOnlyList<string> Skills)
{
    public static PostingJson From(PostingSummary posting) => new(
        posting.Id,
        posting.Company,
        posting.Title,
        posting.Role,
        posting.Location,
        new PayJson(posting.PayText, Normalize(posting.PayMin), Normalize(posting.PayMax), posting.PayCurrency, posting.PayPeriod),
        posting.EmploymentType,
        posting.PostedOn,
        posting.SourceName,
        posting.Format,
        DateTime.SpecifyKind(posting.ImportedAt, DateTimeKind.Utc),
        posting.Sections.Select(s => new PostingSectionJson(s.Id, s.Ordinal, s.Heading, s.Kind, s.Lines.Count, s.Lines)).ToList(),
        posting.Skills);

    /// <summary>131500.0 becomes 131500: no trailing zeros in JSON numbers.</summary>
    private static decimal? Normalize(decimal? value) => value / 1.000000000000000000000000000000000m;
}

/// <summary>The pay as written, and the figures parsed from it (null when none were).</summary>
internal sealed record PayJson(string Text, decimal? Min, decimal? Max, string? Currency, PayPeriod? Period);

internal sealed record PostingSectionJson(int Id, int Ordinal, string Heading, SectionKind Kind, int LineCount, IReadOnlyList<string> Lines);
