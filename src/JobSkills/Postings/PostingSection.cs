namespace JobSkills.Postings;

public enum SectionKind
{
    Other = 0,
    About = 1,
    Responsibilities = 2,
    Required = 3,
    Preferred = 4,
    Benefits = 5,
    Pay = 6,
    Legal = 7,
}

/// <summary>A section of a posting, in order, with its heading as written and its lines.</summary>
public class PostingSection
{
    public int Id { get; set; }
    public int PostingId { get; set; }
    public Posting? Posting { get; set; }
    public int Ordinal { get; set; }

    /// <summary>The heading as written; empty for the text before the first heading.</summary>
    public string Heading { get; set; } = "";

    public SectionKind Kind { get; set; }
    public List<PostingLine> Lines { get; set; } = [];
}

/// <summary>One line of a section: for Required and Preferred sections, a requirement line.</summary>
public class PostingLine
{
    public int Id { get; set; }
    public int SectionId { get; set; }
    public PostingSection? Section { get; set; }
    public int Ordinal { get; set; }
    public string Text { get; set; } = "";
}
