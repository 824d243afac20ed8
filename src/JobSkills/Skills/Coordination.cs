namespace JobSkills.Skills;

/// <summary>
/// Terms written with a part they share with a neighbour in a coordination: "unit, integration and
/// end-to-end tests" names unit tests and integration tests, "model training and evaluation" names model
/// evaluation, "train and deploy models" names model training. Around a match of two words or more, a
/// single word joined to it by a comma, "and", "or", "&amp;" or a slash is tried in place of the match's
/// leading words (before it) or trailing words (after it); it is taken when the phrase this makes is a
/// term. Across "and" and "or" the same is tried where no match is there to lean on: "post-layout extraction
/// and simulation" names post-layout simulation, "analog or mixed-signal IC design" analog IC design. Only words
/// no other match covers are taken, so what the pass adds never overlaps.
/// </summary>
internal sealed class Coordination
{
    private const int MaxConjuncts = 6;

    private readonly SkillMatcher matcher;
    private readonly string text;
    private readonly List<SkillMatch> matches;
    private readonly int first;
    private List<SkillMatch>? found;

    private Coordination(SkillMatcher matcher, string text, List<SkillMatch> matches, int first)
    {
        this.matcher = matcher;
        this.text = text;
        this.matches = matches;
        this.first = first;
    }

    /// <summary>Adds the shared-part terms around <paramref name="matches"/>[<paramref name="first"/>..], keeping the list in text order.</summary>
    public static void AddShared(SkillMatcher matcher, string text, List<SkillMatch> matches, int first)
    {
        var pass = new Coordination(matcher, text, matches, first);
        var count = matches.Count;
        for (var i = first; i < count; i++)
        {
            pass.AroundMatch(matches[i]);
        }

        pass.AcrossConjunctions();
        if (pass.found is { } added)
        {
            var all = matches.Skip(first).Concat(added).OrderBy(m => m.Start).ToList();
            matches.RemoveRange(first, matches.Count - first);
            matches.AddRange(all);
        }
    }

    private bool Free(int start, int end)
    {
        for (var i = first; i < matches.Count; i++)
        {
            if (matches[i].Start < end && start < matches[i].Start + matches[i].Length)
            {
                return false;
            }
        }

        return found is null || !found.Exists(m => m.Start < end && start < m.Start + m.Length);
    }

    private void Add(VocabularyTerm term, int start, int end) => (found ??= []).Add(new SkillMatch(term, start, end - start, text[start..end]));

    /// <summary>Conjuncts before and after a match of two words or more.</summary>
    private void AroundMatch(SkillMatch match)
    {
        if (match.Text.AsSpan().IndexOfAny(' ', '-') < 0)
        {
            return;
        }

        var before = WordBefore(text, match.Start, listOnly: false);
        if (before.End > before.Start && !matcher.StartsTerm(text.AsSpan(before.Start, before.End - before.Start)))
        {
            before = default;
        }

        var after = WordAfter(text, match.Start + match.Length);
        if (before.End == 0 && after.End == 0)
        {
            return;
        }

        var words = TermText.Normalize(match.Text).Split(' ');
        if (words.Length < 2)
        {
            return;
        }

        // Before: "unit, integration and [end-to-end tests]" (the conjunct takes the place of leading words).
        string[]? shared = null;
        for (var n = 0; n < MaxConjuncts && before is var (start, end) && end > start && Free(start, end); n++)
        {
            var word = text[start..end];
            var term = Conjunct(words, ref shared, rest => word + " " + rest, k => words[k..]);
            if (term is null)
            {
                break;
            }

            Add(term, start, end);
            before = WordBefore(text, start, listOnly: true);
        }

        // After: "[model training] and evaluation" (the conjunct takes the place of trailing words).
        shared = null;
        for (var n = 0; n < MaxConjuncts && after is var (start, end) && end > start && Free(start, end); n++)
        {
            var word = text[start..end];
            var term = Conjunct(words, ref shared, rest => rest + " " + word, k => words[..^k]);
            if (term is null)
            {
                break;
            }

            Add(term, start, end);
            after = WordAfter(text, end);
        }
    }

    /// <summary>
    /// "A B and C": "A C" when it is a term (A one or two words); "B and C D": "B D" when it is a term (D one or two words).
    /// </summary>
    private void AcrossConjunctions()
    {
        Span<(int Start, int End)> before = stackalloc (int, int)[3];
        Span<(int Start, int End)> after = stackalloc (int, int)[3];
        foreach (var conjunction in (ReadOnlySpan<string>)[" and ", " or "])
        {
            for (var at = text.IndexOf(conjunction, StringComparison.Ordinal); at >= 0; at = text.IndexOf(conjunction, at + 1, StringComparison.Ordinal))
            {
                var nBefore = Words(text, at, backwards: true, before);
                var nAfter = Words(text, at + conjunction.Length, backwards: false, after);
                if (nBefore < 1 || nAfter < 1)
                {
                    continue;
                }

                var (bStart, bEnd) = before[0];
                var (cStart, cEnd) = after[0];
                for (var n = nBefore - 1; n >= 1 && Free(cStart, cEnd); n--)
                {
                    if (matcher.StartsTerm(text.AsSpan(before[n].Start, before[1].End - before[n].Start))
                        && matcher.TermOf(text[before[n].Start..before[1].End] + " " + text[cStart..cEnd]) is { } term)
                    {
                        Add(term, cStart, cEnd);
                    }
                }

                for (var n = nAfter - 1; n >= 1 && Free(bStart, bEnd) && matcher.StartsTerm(text.AsSpan(bStart, bEnd - bStart)); n--)
                {
                    if (matcher.TermOf(text[bStart..bEnd] + " " + text[after[1].Start..after[n].End]) is { } term)
                    {
                        Add(term, bStart, bEnd);
                    }
                }
            }
        }
    }

    /// <summary>Up to three words next to <paramref name="position"/>, nearest first, joined by single spaces; how many.</summary>
    private static int Words(string text, int position, bool backwards, Span<(int Start, int End)> words)
    {
        var count = 0;
        var i = position;
        while (count < words.Length)
        {
            int start, end;
            if (backwards)
            {
                end = i;
                start = end;
                while (start > 0 && IsWordChar(text[start - 1]))
                {
                    start--;
                }
            }
            else
            {
                start = i;
                end = start;
                while (end < text.Length && IsWordChar(text[end]))
                {
                    end++;
                }
            }

            if (end - start < 2 || !char.IsLetter(text[start]) || TermText.IsJoiner(text[end - 1]))
            {
                break;
            }

            words[count++] = (start, end);
            if (backwards ? start < 1 || text[start - 1] != ' ' : end >= text.Length || text[end] != ' ')
            {
                break;
            }

            i = backwards ? start - 1 : end + 1;
        }

        return count;
    }

    /// <summary>
    /// The term a conjunct makes with the match's shared words: the first time, the most words kept that make a
    /// term (<paramref name="keep"/> of 1, 2, …), then the same words for the next conjuncts of the list.
    /// </summary>
    private VocabularyTerm? Conjunct(string[] words, ref string[]? shared, Func<string, string> phrase, Func<int, string[]> keep)
    {
        if (shared is not null)
        {
            return matcher.TermOf(phrase(string.Join(' ', shared)));
        }

        for (var k = 1; k < words.Length; k++)
        {
            var kept = keep(k);
            if (matcher.TermOf(phrase(string.Join(' ', kept))) is { } term)
            {
                shared = kept;
                return term;
            }
        }

        return null;
    }

    /// <summary>
    /// The word before <paramref name="position"/> across a separator: ",", "and", "or", "&amp;", "and/or", ", and" or
    /// a slash ("unit/integration"); with <paramref name="listOnly"/> (further left in a list) only a comma.
    /// </summary>
    private static (int Start, int End) WordBefore(string text, int position, bool listOnly)
    {
        var i = position;
        if (i > 0 && text[i - 1] == '/' && !listOnly)
        {
            i--;
        }
        else
        {
            var j = SkipSpacesBack(text, i);
            var separated = false;
            var word = WordEndingAt(text, j);
            if (!listOnly && IsConjunction(word))
            {
                j = SkipSpacesBack(text, j - word.Length);
                separated = true;
            }

            if (j > 0 && text[j - 1] == ',')
            {
                j = SkipSpacesBack(text, j - 1);
                separated = true;
            }

            if (!separated || j == i)
            {
                return (0, 0);
            }

            i = j;
        }

        var start = i;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start < i && char.IsLetter(text[start]) && i - start >= 2 ? (start, i) : (0, 0);
    }

    /// <summary>The word after <paramref name="position"/> across ",", "and", "or", "&amp;", "and/or", ", and" or a slash.</summary>
    private static (int Start, int End) WordAfter(string text, int position)
    {
        var i = position;
        if (i < text.Length && text[i] == '/')
        {
            i++;
        }
        else
        {
            var separated = false;
            if (i < text.Length && text[i] == ',')
            {
                i++;
                separated = true;
            }

            i = SkipSpaces(text, i);
            var word = WordStartingAt(text, i);
            if (IsConjunction(word))
            {
                i = SkipSpaces(text, i + word.Length);
                separated = true;
            }

            if (!separated || i == position)
            {
                return (0, 0);
            }
        }

        var end = i;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        // A trailing hyphen is not part of the word ("batch- and stream processing").
        while (end > i && TermText.IsJoiner(text[end - 1]))
        {
            end--;
        }

        return end > i + 1 && char.IsLetter(text[i]) ? (i, end) : (0, 0);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || TermText.IsJoiner(c);

    private static int SkipSpacesBack(string text, int i)
    {
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static ReadOnlySpan<char> WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != ',')
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> WordStartingAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',')
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static bool IsConjunction(ReadOnlySpan<char> word) => word is "and" or "or" or "&" or "and/or";
}
