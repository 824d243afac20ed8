namespace JobSkills.Skills;

/// <summary>A term found in a text: where it starts, how long the matched text is, and the text as written.</summary>
public readonly record struct SkillMatch(VocabularyTerm Term, int Start, int Length, string Text);

/// <summary>
/// Finds the vocabulary's terms in text. One pass over the text: at every place a word may start,
/// walk a character trie of every spelling (case-folded, with "-" and runs of whitespace folded to
/// one space) and keep the longest spelling that ends where a word may end. Matches never overlap;
/// the leftmost, then the longest, wins ("computer vision" over "vision").
/// </summary>
/// <remarks>
/// Word boundaries: a match starts and ends at a non-word character, the text's edge, or a case
/// change that shows two words were glued together when a web page was flattened
/// ("PyTorchStrong", "AIAdd"). It does not start or end inside a compound: not "C" in "C++",
/// "C#" or "C-level", not "R" in "R&amp;D", not "Node" in "Node.js", not "learn" in "scikit-learn".
/// A compound modifier is fine: "ML" in "ML-driven", "AI" in "AI-powered".
/// Case: exact-case spellings (C, R, Go, NLP) match only as written; a name that is also an
/// ordinary word ("Go", "Rust") is also held back at the start of a sentence (unless a list
/// follows: "Go, Rust") and before a word that makes it a verb ("Go to", "Spark the").
/// URLs and e-mail addresses are skipped.
/// </remarks>
public sealed class SkillMatcher
{
    private static readonly HashSet<string> HyphenModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "driven", "aware", "powered", "enabled", "centric", "first", "native", "oriented", "specific", "friendly",
        "heavy", "intensive", "focused", "related", "like", "savvy", "ready", "compatible", "certified", "accelerated",
        "assisted", "generated", "optimized", "capable", "style", "type", "backed", "integrated", "supported", "led",
    };

    private static readonly HashSet<string> VerbFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "on", "into", "out", "back", "through", "beyond", "ahead", "above", "over", "up", "down", "from",
        "away", "about", "the", "a", "an", "your", "our", "my", "their", "his", "her", "it", "this", "that", "further", "off",
        "along", "around", "is", "was", "will", "can", "you", "we", "i",
    };

    private readonly Dictionary<long, int> transitions = [];
    private readonly List<Entry[]?> entries = [null];
    private readonly IReadOnlyList<VocabularyTerm> terms;

    public SkillMatcher(SkillVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        terms = vocabulary.Terms;
        var pending = new Dictionary<int, List<Entry>>();
        for (var t = 0; t < terms.Count; t++)
        {
            foreach (var spelling in terms[t].Spellings)
            {
                foreach (var surface in TermText.SurfaceForms(spelling.Text, spelling.CaseSensitive))
                {
                    var node = Insert(surface);
                    if (!pending.TryGetValue(node, out var list))
                    {
                        pending[node] = list = [];
                    }

                    var entry = new Entry(t, spelling.CaseSensitive ? surface : null, spelling.CaseSensitive && TermText.IsWordLike(spelling.Text));
                    if (!list.Contains(entry))
                    {
                        list.Add(entry);
                    }
                }
            }
        }

        foreach (var (node, list) in pending)
        {
            // Exact-case spellings are tried first: "Go" the language before any case-insensitive "go".
            entries[node] = list.OrderBy(e => e.Exact is null).ToArray();
        }
    }

    public SkillVocabulary Vocabulary { get; }

    public List<SkillMatch> Match(string text)
    {
        var matches = new List<SkillMatch>();
        Match(text, matches);
        return matches;
    }

    /// <summary>Adds the matches in <paramref name="text"/> to <paramref name="matches"/>, in text order.</summary>
    public void Match(string text, List<SkillMatch> matches)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsStart(text, i))
            {
                i++;
                continue;
            }

            var (term, end) = Longest(text, i);
            if (term >= 0 && !InsideUrlOrAddress(text, i, end))
            {
                matches.Add(new SkillMatch(terms[term], i, end - i, text[i..end]));
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    private (int Term, int End) Longest(string text, int start)
    {
        var node = 0;
        var j = start;
        var best = (-1, -1);
        while (j < text.Length)
        {
            char folded;
            var next = j + 1;
            var c = text[j];
            if (char.IsWhiteSpace(c))
            {
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                folded = ' ';
            }
            else if (TermText.IsJoiner(c) && j > start && char.IsLetterOrDigit(text[j - 1]) && next < text.Length && char.IsLetterOrDigit(text[next])
                && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[next])))
            {
                folded = ' ';
            }
            else
            {
                folded = char.ToLowerInvariant(c);
            }

            if (!transitions.TryGetValue(((long)node << 16) | folded, out node))
            {
                break;
            }

            j = next;
            if (entries[node] is { } candidates && IsEnd(text, j))
            {
                foreach (var entry in candidates)
                {
                    if (entry.Exact is null || (SameSpelling(text, start, j, entry.Exact) && (!entry.WordLike || FitsAsName(text, start, j))))
                    {
                        best = (entry.Term, j);
                        break;
                    }
                }
            }
        }

        return best;
    }

    private int Insert(string surface)
    {
        var node = 0;
        foreach (var c in surface)
        {
            var key = ((long)node << 16) | char.ToLowerInvariant(c);
            if (!transitions.TryGetValue(key, out var child))
            {
                child = entries.Count;
                entries.Add(null);
                transitions[key] = child;
            }

            node = child;
        }

        return node;
    }

    /// <summary>Where a word may start: after a separator, at the text's start, or where a flattened page glued two words.</summary>
    private static bool IsStart(string text, int i)
    {
        var c = text[i];
        if (!char.IsLetterOrDigit(c) && c is not ('.' or '#'))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var p = text[i - 1];
        if (char.IsWhiteSpace(p))
        {
            return true;
        }

        if (char.IsLetterOrDigit(p))
        {
            return IsGlue(text, i);
        }

        if (p is '-' or '_' or '&' or '\'' or '’' or '.' or '@' or '+' or '#' or '\u2010' or '\u2011')
        {
            // Inside a compound: "R&D", "non-ML", "Node.js", "don't".
            return i < 2 || !char.IsLetterOrDigit(text[i - 2]);
        }

        return true;
    }

    /// <summary>Where a word may end (j is the index after its last character).</summary>
    private static bool IsEnd(string text, int j)
    {
        if (j >= text.Length)
        {
            return true;
        }

        var c = text[j];
        if (char.IsWhiteSpace(c))
        {
            return true;
        }

        if (char.IsLetterOrDigit(c))
        {
            // "C++17", "C++20": a version number written straight after a name that ends in a symbol.
            return char.IsLetterOrDigit(text[j - 1]) ? IsGlue(text, j) : text[j - 1] is '+' or '#' && IsVersionSuffix(text, j);
        }

        var hasNext = j + 1 < text.Length;
        var next = hasNext ? text[j + 1] : ' ';
        switch (c)
        {
            case '-' or '\u2010' or '\u2011':
                return !char.IsLetter(next) || HyphenModifiers.Contains(WordAt(text, j + 1));
            case '+' or '#' or '_' or '@':
                return false;
            case '&':
                return !char.IsLetterOrDigit(next);
            case '.':
                return !char.IsLower(next) && !char.IsDigit(next);
            case '\'' or '’':
                return !char.IsLetter(next) || (next == 's' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2])));
            default:
                return true;
        }
    }

    /// <summary>Two digits (and no more letters) from here to the end of the word: the "17" of "C++17".</summary>
    private static bool IsVersionSuffix(string text, int j)
    {
        var end = j;
        while (end < text.Length && char.IsDigit(text[end]))
        {
            end++;
        }

        return end - j == 2 && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }

    /// <summary>
    /// Two words glued by a flattened page: a lower-case letter then a capitalised word ("PyTorchStrong";
    /// not "JavaFX"),
    /// or the last capital of an acronym before a capitalised word ("AIAdd" between "AI" and "Add";
    /// but "ECOs" is the plural of "ECO", not "EC" and "Os").
    /// </summary>
    private static bool IsGlue(string text, int i)
    {
        var p = text[i - 1];
        var c = text[i];
        return (char.IsLower(p) && char.IsUpper(c) && i + 1 < text.Length && char.IsLower(text[i + 1]))
            || (char.IsUpper(p) && char.IsUpper(c) && i >= 2 && char.IsUpper(text[i - 2])
                && i + 2 < text.Length && char.IsLower(text[i + 1]) && char.IsLower(text[i + 2]));
    }

    private static bool SameSpelling(string text, int start, int end, string exact)
    {
        var k = 0;
        var i = start;
        while (i < end && k < exact.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || (TermText.IsJoiner(c) && exact[k] == ' '))
            {
                if (exact[k] != ' ')
                {
                    return false;
                }

                while (i < end && (char.IsWhiteSpace(text[i]) || TermText.IsJoiner(text[i])))
                {
                    i++;
                }

                k++;
                continue;
            }

            if (c != exact[k])
            {
                return false;
            }

            i++;
            k++;
        }

        return i == end && k == exact.Length;
    }

    /// <summary>
    /// For a name that is also an ordinary word: not at the start of a sentence (unless a list
    /// follows, as in "Go, Rust"), and not before a word that makes it a verb or a noun phrase ("Go to").
    /// </summary>
    private static bool FitsAsName(string text, int start, int end)
    {
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        var nextWord = WordAt(text, after);
        if (VerbFollowers.Contains(nextWord))
        {
            return false;
        }

        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        var sentenceStart = before < 0 || text[before] is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '•' or '*' or '-' or '–' or '—' or '>' or '"' or '“';
        return !sentenceStart || (after < text.Length && text[after] is ',' or '/' or ')' or '&');
    }

    private static string WordAt(string text, int i)
    {
        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[i..end];
    }

    private static bool InsideUrlOrAddress(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !char.IsWhiteSpace(text[to]))
        {
            to++;
        }

        var token = text.AsSpan(from, to - from);
        return token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (token.IndexOf('@') is var at && at > 0 && at < token.Length - 1 && token[(at + 1)..].Contains('.'));
    }

    private readonly record struct Entry(int Term, string? Exact, bool WordLike);
}
