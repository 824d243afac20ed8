using JobSkills.Outline;

namespace JobSkills.Skills;

/// <summary>One way of writing a term: the text, its key, and whether it only matches in exactly this case.</summary>
public sealed record TermSpelling(string Text, string Key, bool CaseSensitive)
{
    public static TermSpelling Of(string text, bool caseSensitive)
    {
        var tidy = TermText.Tidy(text);
        var exact = caseSensitive && tidy.Any(char.IsUpper);
        return new TermSpelling(tidy, TermText.KeyOf(tidy, exact), exact);
    }
}

/// <summary>A skill term of the vocabulary: its canonical spelling, where it came from, and its aliases.</summary>
public sealed class VocabularyTerm(TermSpelling name, TermSource source, IReadOnlyList<TermSpelling> aliases)
{
    public string Name => Spelling.Text;
    public string Key => Spelling.Key;
    public bool CaseSensitive => Spelling.CaseSensitive;
    public TermSource Source { get; } = source;
    public TermSpelling Spelling { get; } = name;
    public IReadOnlyList<TermSpelling> Aliases { get; } = aliases;

    /// <summary>The name, then the aliases.</summary>
    public IEnumerable<TermSpelling> Spellings => Aliases.Prepend(Spelling);

    public override string ToString() => Name;
}

/// <summary>
/// The skill vocabulary: the curated base list plus the terms the outline itself names. Pure and
/// deterministic: the same outline and list give the same terms in the same order.
/// </summary>
public sealed class SkillVocabulary
{
    private readonly Dictionary<string, VocabularyTerm> byKey;
    private readonly Lazy<HashSet<string>> heads;

    private SkillVocabulary(List<VocabularyTerm> terms)
    {
        Terms = terms;
        byKey = new Dictionary<string, VocabularyTerm>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var spelling in term.Spellings)
            {
                byKey.TryAdd(spelling.Key, term);
            }
        }

        heads = new Lazy<HashSet<string>>(() => terms
            .SelectMany(t => t.Spellings)
            .Where(s => !s.CaseSensitive && s.Key.Contains(' '))
            .Select(s => s.Key[(s.Key.LastIndexOf(' ') + 1)..])
            .ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether some term of several words ends in this (lower-case) word: "balancing" of "load balancing".</summary>
    public bool IsHeadWord(string word) => heads.Value.Contains(word);

    public IReadOnlyList<VocabularyTerm> Terms { get; }

    /// <summary>The term with this name or alias: the exact-case spelling first, then ignoring case.</summary>
    public VocabularyTerm? Find(string nameOrAlias)
    {
        var normalized = TermText.Normalize(nameOrAlias);
        return byKey.GetValueOrDefault(normalized) ?? byKey.GetValueOrDefault(TermText.KeyOf(normalized, caseSensitive: false));
    }

    public static SkillVocabulary FromCurated(CuratedList curated) => Build(null, curated);

    /// <summary>A vocabulary of these terms as they are (a posting's own terms, for example).</summary>
    public static SkillVocabulary FromTerms(IEnumerable<VocabularyTerm> terms) => new(terms.ToList());

    /// <summary>Builds the vocabulary from an outline (may be null) and the curated list (by default the embedded one).</summary>
    public static SkillVocabulary Build(OutlineTree? outline, CuratedList? curated = null)
    {
        curated ??= CuratedList.Default;
        var builder = new VocabularyBuilder(curated);
        if (outline is not null)
        {
            builder.AddOutline(OutlineTermExtractor.Extract(outline));
        }

        return new SkillVocabulary(builder.Build());
    }

    /// <summary>The vocabulary as stored in the database (terms with their aliases loaded).</summary>
    public static SkillVocabulary FromStored(IEnumerable<SkillTerm> terms) => new(terms
        .OrderBy(t => t.Id)
        .Select(t => new VocabularyTerm(
            new TermSpelling(t.Name, t.Key, t.CaseSensitive),
            t.Source,
            t.Aliases.OrderBy(a => a.Id).Select(a => new TermSpelling(a.Alias, a.Key, a.Key != a.Key.ToLowerInvariant())).ToList()))
        .ToList());
}
