using JobSkills.Postings;

namespace JobSkills.Skills;

/// <summary>One line of a posting and the kind of section it is in.</summary>
public readonly record struct PostingText(SectionKind Kind, string Text);

/// <summary>
/// The skills of one posting: the vocabulary's terms found in its lines, plus the posting's own
/// terms (<see cref="PostingTermExtractor"/>: names the vocabulary does not know but the posting's
/// enumerations show to be skills), found wherever the posting writes them. Pure.
/// </summary>
public sealed class PostingSkills
{
    private PostingSkills(IReadOnlyList<VocabularyTerm> newTerms, IReadOnlyList<List<SkillMatch>> lines)
    {
        NewTerms = newTerms;
        Lines = lines;
    }

    /// <summary>The posting's own terms (<see cref="TermSource.Posting"/>) that the matchers did not know.</summary>
    public IReadOnlyList<VocabularyTerm> NewTerms { get; }

    /// <summary>The matches in each line, in the order of the lines; within a line in text order, never overlapping.</summary>
    public IReadOnlyList<List<SkillMatch>> Lines { get; }

    /// <summary>Every match of every line.</summary>
    public IEnumerable<SkillMatch> Matches => Lines.SelectMany(l => l);

    /// <summary>
    /// Finds the skills of a posting. <paramref name="matchers"/> are tried in order (the stored
    /// vocabulary, then terms learned from earlier postings); a later one only adds matches where the
    /// earlier ones found nothing. The posting's own terms come last.
    /// </summary>
    public static PostingSkills Find(IReadOnlyList<PostingText> lines, IReadOnlyList<SkillMatcher> matchers, CuratedList? curated = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(matchers.Count);
        List<SkillMatch> Known(string text) => MatchAll(matchers, text);

        var newTerms = PostingTermExtractor.Extract(lines.Select(l => (l.Kind, l.Text)), Known, curated ?? CuratedList.Default);
        var own = newTerms.Count == 0 ? null : new SkillMatcher(SkillVocabulary.FromTerms(newTerms));
        var result = new List<List<SkillMatch>>(lines.Count);
        foreach (var line in lines)
        {
            var matches = Known(line.Text);
            result.Add(own is null ? matches : Merge(matches, own.Match(line.Text)));
        }

        return new PostingSkills(newTerms, result);
    }

    /// <summary>The skills of a posting with one vocabulary.</summary>
    public static PostingSkills Find(IReadOnlyList<PostingText> lines, SkillMatcher matcher, CuratedList? curated = null) => Find(lines, [matcher], curated);

    /// <summary>The lines of a parsed posting with their section kinds.</summary>
    public static List<PostingText> LinesOf(ParsedPosting posting) =>
        posting.Sections.SelectMany(s => s.Lines.Select(line => new PostingText(s.Kind, line))).ToList();

    private static List<SkillMatch> MatchAll(IReadOnlyList<SkillMatcher> matchers, string text)
    {
        var matches = matchers[0].Match(text);
        for (var i = 1; i < matchers.Count; i++)
        {
            matches = Merge(matches, matchers[i].Match(text));
        }

        return matches;
    }

    /// <summary>The first list's matches, and those of the second that overlap none of them, in text order.</summary>
    internal static List<SkillMatch> Merge(List<SkillMatch> first, List<SkillMatch> second)
    {
        if (second.Count == 0)
        {
            return first;
        }

        var merged = new List<SkillMatch>(first.Count + second.Count);
        var i = 0;
        foreach (var extra in second)
        {
            while (i < first.Count && first[i].Start + first[i].Length <= extra.Start)
            {
                merged.Add(first[i++]);
            }

            if (i >= first.Count || extra.Start + extra.Length <= first[i].Start)
            {
                merged.Add(extra);
            }
        }

        merged.AddRange(first.Skip(i));
        return merged;
    }
}
