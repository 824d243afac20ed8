namespace JobSkills.Postings;

/// <summary>What a posting parser reads out of one file, before anything is stored.</summary>
public sealed record ParsedPosting
{
    public string Title { get; init; } = "";
    public string Company { get; init; } = "";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public string PayText { get; init; } = "";
    public decimal? PayMin { get; init; }
    public decimal? PayMax { get; init; }
    public string? PayCurrency { get; init; }
    public PayPeriod? PayPeriod { get; init; }
    public string EmploymentType { get; init; } = "";
    public DateOnly? PostedOn { get; init; }
    public PostingFormat Format { get; init; }

    /// <summary>The readable text, one paragraph or item per line.</summary>
    public string Text { get; init; } = "";

    public IReadOnlyList<ParsedSection> Sections { get; init; } = [];
}

/// <summary>A section: its heading as written ("" for the opening text), its kind, and its lines.</summary>
public sealed record ParsedSection(string Heading, SectionKind Kind, IReadOnlyList<string> Lines);
