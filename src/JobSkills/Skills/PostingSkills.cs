using System.Text.RegularExpressions;
using JobSkills.Postings;

namespace JobSkills.Skills;

/// <summary>One line of a posting and the kind of section it is in.</summary>
public readonly record struct PostingText(SectionKind Kind, string Text);

/// <summary>
/// The skills of one posting: the vocabulary's terms found in its lines, plus the posting's own
/// terms (<see cref="PostingTermExtractor"/>: names the vocabulary does not know but the posting's
/// enumerations show to be skills), found wherever the posting writes them. Pure.
/// </summary>
public sealed partial class PostingSkills
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
    /// earlier ones found nothing. The posting's own terms come last, with the names it gives known terms
    /// ("MPC" in "model predictive control (MPC)"); one that covers shorter matches wins over them
    /// ("Framer Motion" over "Framer").
    /// </summary>
    public static PostingSkills Find(IReadOnlyList<PostingText> lines, IReadOnlyList<SkillMatcher> matchers, CuratedList? curated = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(matchers.Count);

        // The extractor asks about the same texts many times (each line, then its items); nothing changes the lists it gets.
        var knownByText = new Dictionary<string, List<SkillMatch>>(StringComparer.Ordinal);
        List<SkillMatch> Known(string text)
        {
            if (!knownByText.TryGetValue(text, out var matches))
            {
                knownByText[text] = matches = MatchAll(matchers, text);
            }

            return matches;
        }

        var carries = lines.Select(CarriesSkills).ToArray();
        var (newTerms, names) = PostingTermExtractor.Extract(
            lines.Where((_, i) => carries[i]).Select(l => (l.Kind, l.Text)), Known, curated ?? CuratedList.Default, word => matchers.Any(m => m.Vocabulary.IsHeadWord(word)));
        var own = newTerms.Count == 0 && names.Count == 0 ? null
            : new SkillMatcher(SkillVocabulary.FromTerms(newTerms), newTerms.SelectMany(t => t.Spellings.Select(s => (t, s))).Concat(names));
        var result = new List<List<SkillMatch>>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!carries[i])
            {
                result.Add([]);
                continue;
            }

            var matches = Known(line.Text);
            matches = own is null ? matches : Merge(matches, own.Match(line.Text), longerWins: true);
            result.Add(WithoutAmounts(line.Text, WithoutDegreeSubjects(line.Text, matches)));
        }

        return new PostingSkills(newTerms, result);
    }

    /// <summary>The skills of a posting with one vocabulary.</summary>
    public static PostingSkills Find(IReadOnlyList<PostingText> lines, SkillMatcher matcher, CuratedList? curated = null) => Find(lines, [matcher], curated);

    /// <summary>The lines of a parsed posting with their section kinds.</summary>
    public static List<PostingText> LinesOf(ParsedPosting posting) =>
        posting.Sections.SelectMany(s => s.Lines.Select(line => new PostingText(s.Kind, line))).ToList();

    /// <summary>
    /// The matches outside the subjects of a degree ("BS/MS in Electrical Engineering or Computer Science", "a degree in
    /// electrical, computer or software engineering"): a subject studied is not a skill the work asks for.
    /// </summary>
    internal static List<SkillMatch> WithoutDegreeSubjects(string line, List<SkillMatch> matches)
    {
        if (matches.Count == 0 || DegreeIn().Match(line) is not { Success: true } degree)
        {
            return matches;
        }

        var spans = new List<(int Start, int End)>();
        for (; degree.Success; degree = degree.NextMatch())
        {
            var start = degree.Index + degree.Length;
            var end = SubjectsEnd().Match(line, start) is { Success: true } stop ? stop.Index : line.Length;
            spans.Add((start, end));
        }

        return matches.Where(m => !spans.Any(s => m.Start >= s.Start && m.Start + m.Length <= s.End)).ToList();
    }

    /// <summary>
    /// Whether a line may name skills: not benefits, pay or legal text, and not a line that states a fact of the posting
    /// ("Job Title: …", "Location: …", "Job Family: …") rather than the work.
    /// </summary>
    private static bool CarriesSkills(PostingText line) =>
        line.Kind is not (SectionKind.Benefits or SectionKind.Pay or SectionKind.Legal) && !FactLabel().IsMatch(line.Text);

    /// <summary>The matches that are not a currency written next to an amount ("CAD 120,000", "95k CAD" is not computer-aided design).</summary>
    internal static List<SkillMatch> WithoutAmounts(string line, List<SkillMatch> matches) =>
        matches.Count == 0 ? matches : matches.Where(m => !(Currencies.Contains(m.Text) && NextToAmount(line, m))).ToList();

    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "USD", "CAD", "AUD", "NZD", "EUR", "GBP", "CHF", "JPY", "CNY", "HKD", "SGD", "INR", "SEK", "NOK", "DKK", "PLN", "CZK", "BRL", "MXN", "ZAR",
    };

    private static bool NextToAmount(string line, SkillMatch match)
    {
        var before = line[..match.Start].TrimEnd();
        var after = line[(match.Start + match.Length)..].TrimStart();
        return (before.Length > 0 && (char.IsDigit(before[^1]) || before[^1] is 'k' or 'K' or '$' or '£' or '€') && before.Length > 1 && before.Any(char.IsDigit))
            || (after.Length > 0 && (char.IsDigit(after[0]) || after[0] is '$' or '£' or '€'));
    }

    [GeneratedRegex(@"^\s*(?:job\s+title|title|position|location|locations|requisition(?:\s+id|\s+number)?|req(?:\s*id|\s*#)?|job\s+id|job\s+family|job\s+function|job\s+type|employment\s+type|department|division|team|line\s+of\s+business|business\s+unit|posted|date\s+posted|posting\s+date|salary|salary\s+range|pay|pay\s+range|compensation|schedule|work\s+schedule|shift|travel|reports\s+to|reporting\s+to|exempt[^:]*|seniority\s+level|level|grade|company|industry|industries|remote|work\s+model|start\s+date|closing\s+date|apply\s+by)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FactLabel();

    /// <summary>A degree and the "in" before its subjects: "degree in", "BS/MS in", "Ph.D. in", "Master's degree in", "BSc or MSc in".</summary>
    [GeneratedRegex(@"\b(?:degrees?|B\.?S\.?c?|M\.?S\.?c?|B\.?A\.?|M\.?Eng|B\.?Eng|Ph\.?D\.?|MSEE|BSEE|bachelor'?s?|master'?s?|doctorate|diploma)(?:\s*(?:/|or|and)\s*(?:B\.?S\.?c?|M\.?S\.?c?|Ph\.?D\.?|bachelor'?s?|master'?s?|doctorate))*(?:\s+degrees?)?\s+(?:in|of)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeIn();

    /// <summary>Where a list of degree subjects ends: the end of the clause, or what the sentence goes on to ask.</summary>
    [GeneratedRegex(@"[.;:()]|,\s+(?:and|with|plus|or\s+equivalent)\b|\s+(?:with|plus|and\s+\d|\d+\+?\s+years)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectsEnd();

    private static List<SkillMatch> MatchAll(IReadOnlyList<SkillMatcher> matchers, string text)
    {
        var matches = matchers[0].Match(text);
        for (var i = 1; i < matchers.Count; i++)
        {
            matches = Merge(matches, matchers[i].Match(text));
        }

        return matches;
    }

    /// <summary>
    /// The first list's matches, and those of the second that overlap none of them, in text order. With
    /// <paramref name="longerWins"/>, a match of the second list also replaces the first list's matches it covers
    /// when it is longer than each ("Framer Motion" over "Framer"), as the matcher itself prefers the longest.
    /// </summary>
    internal static List<SkillMatch> Merge(List<SkillMatch> first, List<SkillMatch> second, bool longerWins = false)
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

            var end = extra.Start + extra.Length;
            if (i >= first.Count || end <= first[i].Start)
            {
                merged.Add(extra);
                continue;
            }

            // The first list's matches that overlap this one: replaced when this one covers them all and is longer.
            var j = i;
            while (j < first.Count && first[j].Start < end)
            {
                j++;
            }

            if (longerWins && first[i].Start >= extra.Start && first[j - 1].Start + first[j - 1].Length <= end
                && Enumerable.Range(i, j - i).All(k => first[k].Length < extra.Length))
            {
                merged.Add(extra);
                i = j;
            }
        }

        merged.AddRange(first.Skip(i));
        return merged;
    }
}
