namespace JobSkills.Postings;

/// <summary>One imported job posting, de-duplicated by the SHA-256 of its file's bytes.</summary>
public class Posting
{
    public int Id { get; set; }
    public int? CompanyId { get; set; }
    public Company? Company { get; set; }
    public int? RoleId { get; set; }
    public Role? Role { get; set; }

    /// <summary>The job title as written.</summary>
    public string Title { get; set; } = "";

    /// <summary>Locations as written, separated by "; ".</summary>
    public string Location { get; set; } = "";

    /// <summary>The pay as written ("$12100 monthly"); the parsed figures follow when there were any.</summary>
    public string PayText { get; set; } = "";

    public decimal? PayMin { get; set; }
    public decimal? PayMax { get; set; }

    /// <summary>ISO 4217 code, e.g. "USD".</summary>
    public string? PayCurrency { get; set; }

    public PayPeriod? PayPeriod { get; set; }
    public string EmploymentType { get; set; } = "";
    public DateOnly? PostedOn { get; set; }

    public string SourceName { get; set; } = "";
    public PostingFormat Format { get; set; }
    public required string Sha256 { get; set; }
    public DateTime ImportedAt { get; set; }

    /// <summary>The readable text that was extracted (scripts, navigation and page chrome removed).</summary>
    public string Text { get; set; } = "";

    public List<PostingSection> Sections { get; set; } = [];
}

public enum PostingFormat
{
    Text = 1,
    Markdown = 2,
    Html = 3,
}

public enum PayPeriod
{
    Hour = 1,
    Day = 2,
    Week = 3,
    Month = 4,
    Year = 5,
}
