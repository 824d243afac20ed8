namespace JobSkills.Outline;

/// <summary>One imported markdown outline file. Re-importing changed content creates a new version.</summary>
public class OutlineDocument
{
    public int Id { get; set; }

    /// <summary>The file name; versions of the same outline share it.</summary>
    public required string Name { get; set; }

    public string? SourcePath { get; set; }
    public int Version { get; set; } = 1;
    public DateTime ImportedAt { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the imported file's bytes.</summary>
    public required string Sha256 { get; set; }

    public long ByteLength { get; set; }
    public bool HasBom { get; set; }

    /// <summary>The dominant line ending: "\n", "\r\n" or "\r". New lines written by edits use it.</summary>
    public string LineEnding { get; set; } = "\n";

    public bool HasFinalNewline { get; set; }

    /// <summary>Bytes before the first node (blank lines at the top of the file).</summary>
    public string Preamble { get; set; } = "";

    /// <summary>Bumped by every edit to any node, so caches of the tree know when they are stale.</summary>
    public int Revision { get; set; }

    public List<OutlineNode> Nodes { get; set; } = [];
}
