namespace JobSkills.Skills;

public enum TermSource
{
    /// <summary>Found in the outline: emphasis, link text, a short bullet, a "Long Name, ACRONYM" pair.</summary>
    Outline = 1,

    /// <summary>From the curated base list in data/skills/.</summary>
    Curated = 2,

    /// <summary>
    /// Named by a posting that the outline and the curated list do not know: an item of an
    /// enumeration of skills, a "Long Name (ACR)" pair, a standard's number (see PostingTermExtractor).
    /// Stored as 3 in SkillTerms.Source (an int column: no migration was needed).
    /// </summary>
    Posting = 3,
}

/// <summary>A skill term: a canonical name and the other spellings it is known by.</summary>
public class SkillTerm
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The case-folded key that makes terms unique.</summary>
    public required string Key { get; set; }

    public TermSource Source { get; set; }

    /// <summary>Short or ambiguous names ("C", "R", "Go") only match with this exact case.</summary>
    public bool CaseSensitive { get; set; }

    public List<SkillAlias> Aliases { get; set; } = [];
}

public class SkillAlias
{
    public int Id { get; set; }
    public int TermId { get; set; }
    public SkillTerm? Term { get; set; }
    public required string Alias { get; set; }
    public required string Key { get; set; }
}

/// <summary>Where a term was found: in an outline node or in a posting line, with the span matched.</summary>
public class TermOccurrence
{
    public long Id { get; set; }
    public int TermId { get; set; }
    public SkillTerm? Term { get; set; }
    public int? OutlineNodeId { get; set; }
    public int? PostingLineId { get; set; }

    /// <summary>Set for posting occurrences so per-posting queries need no joins.</summary>
    public int? PostingId { get; set; }

    public int Start { get; set; }
    public int Length { get; set; }
}

/// <summary>
/// What the stored vocabulary and links were built from (one row): the curated lists and matching rules, by
/// <see cref="SkillLinker.VocabularyFingerprint"/>, and the outline document. A release that ships another curated list
/// or other rules finds a different fingerprint and re-links the database once (<see cref="SkillLinker.RelinkIfVocabularyChangedAsync"/>).
/// </summary>
public class VocabularyStamp
{
    public int Id { get; set; }
    public required string Fingerprint { get; set; }

    /// <summary>The outline document the vocabulary was built from; null when no outline was linked (the curated list alone).</summary>
    public int? DocumentId { get; set; }

    public DateTime LinkedAt { get; set; }
}
