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
internal static class Coordination
{
    private const int MaxConjuncts = 6;

    /// <summary>Adds the shared-part terms around <paramref name="matches"/>[<paramref name="first"/>..], keeping the list in text order.</summary>
    public static void AddShared(SkillMatcher matcher, string text, List<SkillMatch> matches, int first)
    {
        var found = new List<SkillMatch>();
        var taken = matches.Skip(first).Select(m => (m.Start, End: m.Start + m.Length)).ToList();
        bool Free(int start, int end) => !taken.Any(t => t.Start < end && start < t.End);

        for (var i = first; i < matches.Count; i++)
        {
            var match = matches[i];
            var words = TermText.Normalize(match.Text).Split(' ');
            if (words.Length < 2)
            {
                continue;
            }

            // Before: "unit, integration and [end-to-end tests]" (the conjunct takes the place of leading words).
            string[]? shared = null;
            var position = match.Start;
            for (var n = 0; n < MaxConjuncts && WordBefore(text, position, listOnly: n > 0) is var (start, end) && end > start && Free(start, end); n++)
            {
                var word = text[start..end];
                var term = Conjunct(matcher, words, ref shared, rest => word + " " + rest, k => words[k..]);
                if (term is null)
                {
                    break;
                }

                found.Add(new SkillMatch(term, start, end - start, word));
                taken.Add((start, end));
                position = start;
            }

            // After: "[model training] and evaluation" (the conjunct takes the place of trailing words).
            shared = null;
            position = match.Start + match.Length;
            for (var n = 0; n < MaxConjuncts && WordAfter(text, position) is var (start, end) && end > start && Free(start, end); n++)
            {
                var word = text[start..end];
                var term = Conjunct(matcher, words, ref shared, rest => rest + " " + word, k => words[..^k]);
                if (term is null)
                {
                    break;
                }

                found.Add(new SkillMatch(term, start, end - start, word));
                taken.Add((start, end));
                position = end;
            }
        }

        AddAcrossConjunctions(matcher, text, found, taken);
        if (found.Count > 0)
        {
            var all = matches.Skip(first).Concat(found).OrderBy(m => m.Start).ToList();
            matches.RemoveRange(first, matches.Count - first);
            matches.AddRange(all);
        }
    }

    /// <summary>
    /// "A B and C": "A C" when it is a term (A one or two words); "B and C D": "B D" when it is a term (D one or two words).
    /// </summary>
    private static void AddAcrossConjunctions(SkillMatcher matcher, string text, List<SkillMatch> found, List<(int Start, int End)> taken)
    {
        bool Free(int start, int end) => !taken.Any(t => t.Start < end && start < t.End);
        void Add(VocabularyTerm term, int start, int end)
        {
            found.Add(new SkillMatch(term, start, end - start, text[start..end]));
            taken.Add((start, end));
        }

        foreach (var conjunction in (ReadOnlySpan<string>)[" and ", " or "])
        {
            for (var at = text.IndexOf(conjunction, StringComparison.Ordinal); at >= 0; at = text.IndexOf(conjunction, at + 1, StringComparison.Ordinal))
            {
                var before = Words(text, at, backwards: true);
                var after = Words(text, at + conjunction.Length, backwards: false);
                if (before.Count < 1 || after.Count < 1)
                {
                    continue;
                }

                var (bStart, bEnd) = before[0];
                var (cStart, cEnd) = after[0];
                for (var n = before.Count - 1; n >= 1 && Free(cStart, cEnd); n--)
                {
                    if (matcher.TermOf(text[before[n].Start..before[1].End] + " " + text[cStart..cEnd]) is { } term)
                    {
                        Add(term, cStart, cEnd);
                    }
                }

                for (var n = after.Count - 1; n >= 1 && Free(bStart, bEnd); n--)
                {
                    if (matcher.TermOf(text[bStart..bEnd] + " " + text[after[1].Start..after[n].End]) is { } term)
                    {
                        Add(term, bStart, bEnd);
                    }
                }
            }
        }
    }

    /// <summary>Up to three words next to <paramref name="position"/>, nearest first, joined by single spaces.</summary>
    private static List<(int Start, int End)> Words(string text, int position, bool backwards)
    {
        var words = new List<(int Start, int End)>();
        var i = position;
        while (words.Count < 3)
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

            words.Add((start, end));
            if (backwards ? start < 1 || text[start - 1] != ' ' : end >= text.Length || text[end] != ' ')
            {
                break;
            }

            i = backwards ? start - 1 : end + 1;
        }

        return words;
    }

    /// <summary>
    /// The term a conjunct makes with the match's shared words: the first time, the most words kept that make a
    /// term (<paramref name="keep"/> of 1, 2, …), then the same words for the next conjuncts of the list.
    /// </summary>
    private static VocabularyTerm? Conjunct(SkillMatcher matcher, string[] words, ref string[]? shared, Func<string, string> phrase, Func<int, string[]> keep)
    {
        if (shared is not null)
        {
            return matcher.TermOf(phrase(string.Join(' ', shared)));
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (matcher.TermOf(phrase(string.Join(' ', keep(k)))) is { } term)
            {
                shared = keep(k);
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
            if (!listOnly && word is "and" or "or" or "&" or "and/or")
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
            if (word is "and" or "or" or "&" or "and/or")
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

    private static string WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] != ',')
        {
            start--;
        }

        return text[start..end];
    }

    private static string WordStartingAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',')
        {
            end++;
        }

        return text[start..end];
    }
}
