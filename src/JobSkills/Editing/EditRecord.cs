namespace JobSkills.Editing;

public enum EditKind
{
    UpdateText = 1,
    Delete = 2,
    Insert = 3,
    Move = 4,
    Import = 5,
}

/// <summary>One change to an outline, with enough before/after state to show history and undo it.</summary>
public class EditRecord
{
    public long Id { get; set; }
    public int DocumentId { get; set; }

    /// <summary>The node edited; kept as a plain id because deleted nodes no longer exist.</summary>
    public int? NodeId { get; set; }

    public EditKind Kind { get; set; }
    public DateTime At { get; set; }

    /// <summary>Who or what made the change: "cli", "web", "fill:posting 12" ...</summary>
    public string Actor { get; set; } = "";

    /// <summary>The node's source text (for a delete, the whole subtree's) before the change.</summary>
    public string Before { get; set; } = "";

    public string After { get; set; } = "";
}
