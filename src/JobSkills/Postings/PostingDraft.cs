namespace JobSkills.Postings;

/// <summary>What a line of a posting is, as far as its reader could tell from the format.</summary>
internal enum LineRole
{
    /// <summary>A paragraph or a plain line of text.</summary>
    Paragraph,

    /// <summary>A list item (bullet or number removed).</summary>
    Item,

    /// <summary>A section heading.</summary>
    Heading,

    /// <summary>
    /// Text of a flattened page before its content starts (site name, title, location, menus).
    /// The facts extractor reads it; it is not part of any section.
    /// </summary>
    Header,
}

/// <summary>
/// One line a reader produced. <paramref name="Level"/> is the heading level where the format has
/// one (markdown, HTML), else 0. <paramref name="Glued"/> marks text cut out of a flattened run,
/// whose item and sentence boundaries were lost.
/// </summary>
internal readonly record struct DraftLine(string Text, LineRole Role, int Level = 0, bool Glued = false);

/// <summary>Facts a page states in machine-readable form (schema.org JobPosting JSON-LD).</summary>
internal sealed record StructuredFacts
{
    public string Title { get; init; } = "";
    public string Company { get; init; } = "";
    public IReadOnlyList<string> Locations { get; init; } = [];
    public decimal? PayMin { get; init; }
    public decimal? PayMax { get; init; }
    public string? PayCurrency { get; init; }
    public PayPeriod? PayPeriod { get; init; }
    public IReadOnlyList<string> EmploymentTypes { get; init; } = [];
    public DateOnly? PostedOn { get; init; }

    /// <summary>The description as given (usually HTML); empty when there is none.</summary>
    public string Description { get; init; } = "";
}

/// <summary>A reader's output: the posting's lines in order, plus what the page stated outright.</summary>
internal sealed record PostingDraft(IReadOnlyList<DraftLine> Lines)
{
    public StructuredFacts? Structured { get; init; }

    /// <summary>An HTML page's &lt;title&gt;, which often reads "Title | Company".</summary>
    public string DocumentTitle { get; init; } = "";
}
