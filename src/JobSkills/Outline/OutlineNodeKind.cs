namespace JobSkills.Outline;

public enum OutlineNodeKind
{
    /// <summary>An ATX or setext heading: a field of the outline.</summary>
    Heading = 1,

    /// <summary>A bullet or numbered list item.</summary>
    ListItem = 2,

    /// <summary>A paragraph outside the first line of a list item.</summary>
    Paragraph = 3,

    /// <summary>A block kept as opaque text: fenced or indented code, HTML, a quote, a rule, link definitions.</summary>
    Block = 4,
}

public enum TaskState
{
    None = 0,
    Open = 1,
    Done = 2,
}
