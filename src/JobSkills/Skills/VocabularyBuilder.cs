namespace JobSkills.Skills;

/// <summary>
/// Merges the curated list and the outline's candidates into terms. Spellings that differ only
/// in case or in a plural are one term; "Long Name, ACRONYM" pairs and "X, or Y" alternatives make
/// one term with an alias, unless the short form stands for two different long forms (then it is
/// dropped: "CI" is competitive intelligence in one place and continuous integration in another).
/// The curated list wins every conflict.
/// </summary>
internal sealed class VocabularyBuilder
{
    private readonly CuratedList curated;
    private readonly List<Group> groups = [];
    private readonly Dictionary<string, Group> byFoldedKey = new(StringComparer.Ordinal);
    private WordUsage words = new();

    public VocabularyBuilder(CuratedList curated)
    {
        this.curated = curated;
        foreach (var entry in curated.Entries)
        {
            var group = new Group { Order = groups.Count };
            group.Curated = entry.Aliases.Prepend(entry.Name).Select(s => TermSpelling.Of(s.Text, s.ExactCase)).ToList();
            groups.Add(group);
            foreach (var spelling in group.Curated)
            {
                if (!byFoldedKey.TryAdd(Fold(spelling.Text), group) && byFoldedKey[Fold(spelling.Text)] != group)
                {
                    throw new FormatException($"curated skills, line {entry.Line}: \"{spelling.Text}\" is already listed under another name");
                }
            }
        }
    }

    public void AddOutline(OutlineCandidates candidates)
    {
        words = candidates.Words;
        var longForms = candidates.Pairs.Where(p => p.IsAcronym).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in candidates.Names)
        {
            AddSurface(candidate.Text, candidate.Origin, longForms.Contains(candidate.Text));
        }

        // Short forms: from "Long Name, ACR" pairs, the long forms they stand for.
        var meanings = new Dictionary<string, HashSet<Group>>(StringComparer.Ordinal);
        var acronymPairs = candidates.Pairs.Where(p => p.IsAcronym).Select(p => p with { Alias = SingularAcronym(p.Alias) }).ToList();
        foreach (var pair in acronymPairs)
        {
            if (GroupOf(pair.Name) is { } longGroup && AcceptShortForm(pair.Alias))
            {
                var key = Fold(pair.Alias);
                if (!meanings.TryGetValue(key, out var set))
                {
                    meanings[key] = set = [];
                }

                set.Add(Root(longGroup));
            }
        }

        foreach (var pair in acronymPairs)
        {
            var key = Fold(pair.Alias);
            if (!meanings.TryGetValue(key, out var longGroups) || GroupOf(pair.Name) is not { } longGroup)
            {
                continue;
            }

            if (longGroups.Count > 1 && !byFoldedKey.ContainsKey(key))
            {
                // Ambiguous and not curated: neither a term nor an alias.
                continue;
            }

            var shortGroup = byFoldedKey.GetValueOrDefault(key) ?? AddGroup(pair.Alias);
            shortGroup.AddSurface(pair.Alias);
            Union(longGroup, shortGroup);
        }

        foreach (var (key, longGroups) in meanings)
        {
            if (longGroups.Count > 1 && byFoldedKey.GetValueOrDefault(key) is { Curated: null } standalone)
            {
                standalone.Dropped = true;
            }
        }

        foreach (var pair in candidates.Pairs.Where(p => !p.IsAcronym))
        {
            if (GroupOf(pair.Name) is { } name && GroupOf(pair.Alias) is { } alias && Root(alias) == alias)
            {
                Union(name, alias);
            }
        }
    }

    public List<VocabularyTerm> Build()
    {
        DropTermsWithGenericHeads();
        DropListsOfTerms();
        var members = new Dictionary<Group, List<Group>>();
        foreach (var group in groups.Where(g => !g.Dropped && (g.Curated is not null || g.Surfaces.Count > 0)))
        {
            var root = Root(group);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(group);
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<VocabularyTerm>();
        foreach (var (root, list) in members.OrderBy(m => m.Key.Order))
        {
            var spellings = new List<TermSpelling>();
            void Add(TermSpelling spelling)
            {
                if (claimed.Add(spelling.Key))
                {
                    spellings.Add(spelling);
                }
            }

            var source = TermSource.Outline;
            if (list.FirstOrDefault(g => g.Curated is not null) is { Curated: { } curatedSpellings })
            {
                source = TermSource.Curated;
                curatedSpellings.ForEach(Add);
            }

            // The outline's names: the long forms first, then by how often the outline writes them.
            foreach (var group in list.Where(g => g.Curated is null).OrderBy(g => g.IsShortForm).ThenByDescending(g => g.Count).ThenBy(g => g.Order))
            {
                Add(OutlineSpelling(group));
            }

            if (spellings.Count > 0)
            {
                terms.Add(new VocabularyTerm(spellings[0], source, spellings.Skip(1).ToList()));
            }
        }

        return terms;
    }

    /// <summary>
    /// "ML systems", "generative AI models", "Kubernetes environments": a term followed by generic
    /// lower-case words names nothing the term alone does not, and would hide the term from the matcher.
    /// </summary>
    private void DropTermsWithGenericHeads()
    {
        foreach (var group in groups.Where(g => g.Curated is null && !g.Dropped && g.Parent is null && g.Surfaces.Count > 0))
        {
            var tokens = group.Surfaces.Keys.First().Split(' ');
            for (var split = tokens.Length - 1; split >= 1; split--)
            {
                // A capitalised word belongs to a proper name ("Point Cloud Library", "Google Cloud Platform").
                if (!tokens[split..].All(t => char.IsLower(t[0]) && curated.IsNotSkill(t)))
                {
                    break;
                }

                if (byFoldedKey.GetValueOrDefault(Fold(string.Join(' ', tokens[..split]))) is { Dropped: false } head && head != group)
                {
                    group.Dropped = true;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "DRC/LVS", "Tcl/Python/Bash", "AI/ML": names written together with slashes, each of which is a term,
    /// are a list rather than a term, and as one they would hide their parts from the matcher.
    /// </summary>
    private void DropListsOfTerms()
    {
        foreach (var group in groups.Where(g => g.Curated is null && !g.Dropped && g.Parent is null && g.Surfaces.Count > 0))
        {
            var text = group.Surfaces.Keys.First();
            var parts = text.Split('/');
            if (parts.Length >= 2 && !text.Contains(' ') && parts.All(p => GroupOf(p) is { Dropped: false } part && part != group))
            {
                group.Dropped = true;
            }
        }
    }

    private TermSpelling OutlineSpelling(Group group)
    {
        var text = group.Surfaces.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
        var exact = TermText.IsShortName(text) || TermText.IsAcronym(text) || TermFilter.IsNameThatIsAlsoAWord(text, words);
        return TermSpelling.Of(text, exact);
    }

    private void AddSurface(string text, CandidateOrigin origin, bool isLongForm)
    {
        var normalized = SingularAcronym(TermText.Tidy(text));
        var key = Fold(normalized);
        if (byFoldedKey.TryGetValue(key, out var existing))
        {
            existing.AddSurface(normalized);
            return;
        }

        if (TermFilter.Refuse(normalized, origin, isLongForm, curated, words) is null)
        {
            AddGroup(normalized).AddSurface(normalized);
        }
    }

    /// <summary>"TSVs" and "IDMs" are the plurals of the acronyms "TSV" and "IDM".</summary>
    private static string SingularAcronym(string text) =>
        text.Length > 2 && text[^1] == 's' && TermText.IsAcronym(text[..^1]) && !text.Contains(' ') ? text[..^1] : text;

    private bool AcceptShortForm(string acronym) =>
        byFoldedKey.ContainsKey(Fold(acronym)) || (!curated.IsNotSkill(acronym) && Acronyms.IsShortForm(acronym));

    private Group AddGroup(string text)
    {
        var key = Fold(text);
        if (!byFoldedKey.TryGetValue(key, out var group))
        {
            group = new Group { Order = groups.Count, IsShortForm = Acronyms.IsShortForm(text) };
            groups.Add(group);
            byFoldedKey[key] = group;
        }

        return group;
    }

    private Group? GroupOf(string text) => byFoldedKey.GetValueOrDefault(Fold(text));

    private static string Fold(string text) => TermText.KeyOf(text, caseSensitive: false);

    private static Group Root(Group group)
    {
        while (group.Parent is not null)
        {
            group = group.Parent;
        }

        return group;
    }

    /// <summary>Joins two groups; a curated group stays the root, and two curated terms are never joined.</summary>
    private static void Union(Group a, Group b)
    {
        var ra = Root(a);
        var rb = Root(b);
        if (ra == rb || (ra.Curated is not null && rb.Curated is not null))
        {
            return;
        }

        if (rb.Curated is not null || (ra.Curated is null && rb.Order < ra.Order && !rb.IsShortForm))
        {
            (ra, rb) = (rb, ra);
        }

        rb.Parent = ra;
    }

    private sealed class Group
    {
        public int Order { get; init; }
        public List<TermSpelling>? Curated { get; set; }
        public Dictionary<string, int> Surfaces { get; } = new(StringComparer.Ordinal);
        public int Count { get; private set; }
        public bool IsShortForm { get; init; }
        public bool Dropped { get; set; }
        public Group? Parent { get; set; }

        public void AddSurface(string text)
        {
            Surfaces[text] = Surfaces.GetValueOrDefault(text) + 1;
            Count++;
        }
    }
}
