namespace JobSkills.Outline;

/// <summary>
/// One node of the outline tree. The node owns a run of whole lines of the file: its first line
/// (indent, marker, gap, task box, text), any continuation lines, and the blank lines after it,
/// but not its children's lines. <see cref="SourceText"/> is exactly those bytes, so writing every
/// node's SourceText in tree order gives the file back.
/// </summary>
public class OutlineNode
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public OutlineDocument? Document { get; set; }
    public int? ParentId { get; set; }
    public OutlineNode? Parent { get; set; }
    public List<OutlineNode> Children { get; set; } = [];

    /// <summary>Position among its siblings, from 0.</summary>
    public int Ordinal { get; set; }

    public OutlineNodeKind Kind { get; set; }

    /// <summary>Heading level (1–6), list nesting depth (1 = top-level list), or 0.</summary>
    public int Level { get; set; }

    /// <summary>The exact whitespace before the marker.</summary>
    public string Indent { get; set; } = "";

    /// <summary>"-", "+", "*", "1.", "2)", "##", or empty for paragraphs, blocks and setext headings.</summary>
    public string Marker { get; set; } = "";

    /// <summary>The exact whitespace between the marker and the text.</summary>
    public string Gap { get; set; } = "";

    /// <summary>"[ ] ", "[x] " and the like, exactly as written, or empty.</summary>
    public string TaskBox { get; set; } = "";

    /// <summary>The inline markdown source. Continuation lines are kept raw, with their line endings.</summary>
    public string Text { get; set; } = "";

    /// <summary>Bytes after the text that belong to its syntax: a setext underline and the line ending before it.</summary>
    public string Suffix { get; set; } = "";

    /// <summary>The ending of the last content line; empty on the last line of a file without a final newline.</summary>
    public string LineEnding { get; set; } = "";

    /// <summary>The blank (or whitespace-only) lines after the node, exactly as written.</summary>
    public string Trailing { get; set; } = "";

    /// <summary>The text without markdown syntax, for display, search and matching.</summary>
    public string PlainText { get; set; } = "";

    public bool IsPlaceholder { get; set; }

    /// <summary>A "skill set:" bullet, or a heading that introduces skill sets.</summary>
    public bool IsSkillSet { get; set; }

    public bool IsEdited { get; set; }

    /// <summary>Concurrency token: bumped by every change, checked by every save.</summary>
    public int Version { get; set; }

    public TaskState TaskState => OutlineSyntax.TaskStateOf(TaskBox);

    public string SourceText => Indent + Marker + Gap + TaskBox + Text + Suffix + LineEnding + Trailing;
}
