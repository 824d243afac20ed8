using System.Text.Json;
using System.Text.Json.Serialization;
using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

/// <summary>
/// A hand-written expectation for one posting file (Postings/Expected/*.json), and the comparison
/// with what the parser made of it. Sections are compared in order by heading and kind, except
/// that an opening section under no heading whose kind is Other (page chatter before the posting)
/// may be left out of the expectation. Lines listed for a section must occur in it exactly.
/// </summary>
internal sealed record ExpectedPosting
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public required string File { get; init; }
    public PostingFormat Format { get; init; }
    public string Company { get; init; } = "";
    public string Title { get; init; } = "";
    public List<string> Locations { get; init; } = [];
    public ExpectedPay? Pay { get; init; }
    public string EmploymentType { get; init; } = "";
    public DateOnly? PostedOn { get; init; }
    public List<ExpectedSection> Sections { get; init; } = [];
    public List<string> TextIncludes { get; init; } = [];
    public List<string> TextExcludes { get; init; } = [];

    public static string ExpectedFolder => Path.Combine(AppContext.BaseDirectory, "Postings", "Expected");

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Postings", "Samples");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(ExpectedFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ExpectedPosting Load(string name) =>
        JsonSerializer.Deserialize<ExpectedPosting>(System.IO.File.ReadAllText(Path.Combine(ExpectedFolder, name + ".json")), Json)!;

    /// <summary>The posting file: a seed from data/postings, or one of the test's own samples.</summary>
    public string SourcePath
    {
        get
        {
            var seed = Path.Combine(SeedData.PostingsFolder, File);
            return System.IO.File.Exists(seed) ? seed : Path.Combine(SamplesFolder, File);
        }
    }

    public List<string> Differences(ParsedPosting actual)
    {
        var differences = new List<string>();
        void Check<T>(string what, T expected, T value)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, value))
            {
                differences.Add($"{what}: expected «{expected}», got «{value}»");
            }
        }

        Check("format", Format, actual.Format);
        Check("company", Company, actual.Company);
        Check("title", Title, actual.Title);
        Check("locations", string.Join(" ; ", Locations), string.Join(" ; ", actual.Locations));
        Check("pay text", Pay?.Text ?? "", actual.PayText);
        Check("pay min", Pay?.Min, actual.PayMin);
        Check("pay max", Pay?.Max, actual.PayMax);
        Check("pay currency", Pay?.Currency, actual.PayCurrency);
        Check("pay period", Pay?.Period, actual.PayPeriod);
        Check("employment type", EmploymentType, actual.EmploymentType);
        Check("posted on", PostedOn, actual.PostedOn);

        var sections = actual.Sections
            .Where((s, i) => !(i == 0 && s.Heading.Length == 0 && s.Kind == SectionKind.Other
                && !(Sections.Count > 0 && Sections[0].Heading.Length == 0 && Sections[0].Kind == SectionKind.Other)))
            .ToList();
        Check("sections", string.Join(" | ", Sections.Select(s => $"{s.Heading} ({s.Kind})")), string.Join(" | ", sections.Select(s => $"{s.Heading} ({s.Kind})")));
        foreach (var (expected, section) in Sections.Zip(sections))
        {
            if (expected.LineCount is { } count && count != section.Lines.Count)
            {
                differences.Add($"section «{expected.Heading}»: expected {count} lines, got {section.Lines.Count}: {string.Join(" ¶ ", section.Lines)}");
            }

            foreach (var line in expected.Lines.Where(l => !section.Lines.Contains(l)))
            {
                differences.Add($"section «{expected.Heading}»: missing line «{line}»; lines are: {string.Join(" ¶ ", section.Lines)}");
            }
        }

        differences.AddRange(TextIncludes.Where(t => !actual.Text.Contains(t, StringComparison.Ordinal)).Select(t => $"text lacks «{t}»"));
        differences.AddRange(TextExcludes.Where(t => actual.Text.Contains(t, StringComparison.Ordinal)).Select(t => $"text contains «{t}»"));
        return differences;
    }
}

internal sealed record ExpectedPay(string Text, decimal? Min, decimal? Max, string? Currency, PayPeriod? Period);

internal sealed record ExpectedSection
{
    public string Heading { get; init; } = "";
    public SectionKind Kind { get; init; }
    public int? LineCount { get; init; }
    public List<string> Lines { get; init; } = [];
}
