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
/// Forms: besides its spellings and their plurals, a term is found in the forms <see cref="TermVariants"/>
/// gives (British or American spelling, the noun of a gerund head, the action a head names: "calibrate
/// the cameras" for "camera calibration"). A spelling of any term wins over another term's form at the
/// same place. An action is only read where its verb is written in lower case or starts a sentence (the
/// "Design Systems" team is not "system design"). After the pass, terms written with a shared part in a
/// coordination are found too: "unit, integration and end-to-end tests", "model training and evaluation",
/// "train and deploy models".
/// </remarks>
public sealed class SkillMatcher
{
    private static readonly HashSet<string> HyphenModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "driven", "aware", "powered", "enabled", "centric", "first", "native", "oriented", "specific", "friendly",
        "heavy", "intensive", "focused", "related", "like", "savvy", "ready", "compatible", "certified", "accelerated",
        "assisted", "generated", "optimized", "capable", "style", "type", "backed", "integrated", "supported", "led",
        "family", "class", "series", "inspired", "derived", "compliant", "grade",
    };

    /// <summary>Words that may stand between a verb and its object ("deploy our models", "clean the data").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "our", "your", "their", "its", "this", "these", "those", "all", "new", "existing", "any", "each",
    };

    /// <summary>"multi-object tracking" is a kind of "object tracking": a match of two words or more may start after this prefix.</summary>
    private const string CombiningPrefix = "multi";

    private static readonly HashSet<string> VerbFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "on", "into", "out", "back", "through", "beyond", "ahead", "above", "over", "up", "down", "from",
        "away", "about", "the", "a", "an", "your", "our", "my", "their", "his", "her", "it", "this", "that", "further", "off",
        "along", "around", "is", "was", "will", "can", "you", "we", "i",
    };

    private readonly Dictionary<long, int> transitions = [];
    private readonly List<Entry[]?> entries = [null];

    /// <summary>Per node: 1 when an action's object may follow after a determiner, 2 when it must; 0 for most nodes.</summary>
    private readonly List<byte> markers = [0];
    private readonly IReadOnlyList<VocabularyTerm> terms;

    public SkillMatcher(SkillVocabulary vocabulary)
        : this(vocabulary, vocabulary.Terms.SelectMany(t => t.Spellings.Select(s => (t, s))))
    {
    }

    /// <summary>
    /// A matcher of these spellings, each standing for its term (a posting may give a known term a short
    /// form of its own: <see cref="PostingSkills"/>); <paramref name="vocabulary"/> is what <see cref="Vocabulary"/> returns.
    /// </summary>
    internal SkillMatcher(SkillVocabulary vocabulary, IEnumerable<(VocabularyTerm Term, TermSpelling Spelling)> spellings)
    {
        Vocabulary = vocabulary;
        var termList = new List<VocabularyTerm>();
        var index = new Dictionary<VocabularyTerm, int>(ReferenceEqualityComparer.Instance);
        var pending = new Dictionary<int, List<Entry>>();
        foreach (var (term, spelling) in spellings)
        {
            if (!index.TryGetValue(term, out var t))
            {
                index[term] = t = termList.Count;
                termList.Add(term);
            }

            foreach (var surface in TermVariants.Of(spelling.Text, spelling.CaseSensitive))
            {
                var node = Insert(surface.Text);
                if (!pending.TryGetValue(node, out var list))
                {
                    pending[node] = list = [];
                }

                var entry = new Entry(t, spelling.CaseSensitive ? surface.Text : null, spelling.CaseSensitive && TermText.IsWordLike(spelling.Text), surface.Kind,
                    !spelling.CaseSensitive && surface.Kind == SurfaceKind.Spelling && IsAcronymSpelling(spelling.Text) ? spelling.Text.Length : 0);
                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
            }
        }

        terms = termList;
        foreach (var (node, list) in pending)
        {
            // Exact-case spellings are tried first ("Go" the language before any case-insensitive "go"), then
            // spellings, then other forms; where some term is spelled so, other terms' forms do not count.
            var spelled = list.Any(e => e.Kind == SurfaceKind.Spelling);
            entries[node] = list.Where(e => !spelled || e.Kind == SurfaceKind.Spelling).OrderBy(e => e.Exact is null).ThenBy(e => e.Kind).ToArray();
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
        var first = matches.Count;
        var i = 0;
        while (i < text.Length)
        {
            var afterPrefix = false;
            if (!IsStart(text, i) && !(afterPrefix = IsAfterCombiningPrefix(text, i)))
            {
                i++;
                continue;
            }

            var (term, end, kind) = Longest(text, i);
            if (kind == SurfaceKind.Action && CutsLongerTerm(text, i, end))
            {
                (term, end, _) = Longest(text, i, actions: false);
            }

            if (term >= 0 && !InsideUrlOrAddress(text, i, end) && (!afterPrefix || text.AsSpan(i, end - i).IndexOfAny(' ', '-') >= 0))
            {
                matches.Add(new SkillMatch(terms[term], i, end - i, text[i..end]));
                i = end;
            }
            else
            {
                i++;
            }
        }

        Coordination.AddShared(this, text, matches, first);
    }

    /// <summary>
    /// Whether a term that starts inside the action at <paramref name="start"/>..<paramref name="end"/> runs on past it:
    /// "tune our model predictive control" is about model predictive control, not model tuning.
    /// </summary>
    private bool CutsLongerTerm(string text, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (char.IsWhiteSpace(text[k - 1]) && !char.IsWhiteSpace(text[k]) && Longest(text, k) is { Term: >= 0 } inner && inner.End > end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether some spelling or form starts with these words and a space (a quick test before <see cref="TermOf"/>).</summary>
    internal bool StartsTerm(ReadOnlySpan<char> words)
    {
        var node = 0;
        foreach (var c in words)
        {
            var folded = char.IsWhiteSpace(c) || TermText.IsJoiner(c) ? ' ' : char.ToLowerInvariant(c);
            if (!transitions.TryGetValue(((long)node << 16) | folded, out node))
            {
                return false;
            }
        }

        return transitions.ContainsKey(((long)node << 16) | ' ') || markers[node] != 0;
    }

    /// <summary>The term this whole phrase names (a spelling or a form of one), or null.</summary>
    internal VocabularyTerm? TermOf(string phrase)
    {
        var (term, end, _) = Longest(phrase, 0);
        return term >= 0 && end == phrase.Length ? terms[term] : null;
    }

    private (int Term, int End, SurfaceKind Kind) Longest(string text, int start, bool actions = true) => Walk(text, start, 0, start, (-1, -1, SurfaceKind.Spelling), actions);

    /// <summary>Walks the trie from <paramref name="node"/> at <paramref name="j"/>; returns the longest entry that fits, or <paramref name="best"/>.</summary>
    private (int Term, int End, SurfaceKind Kind) Walk(string text, int start, int node, int j, (int Term, int End, SurfaceKind Kind) best, bool actions)
    {
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
                if (markers[node] != 0 && actions)
                {
                    best = WalkObject(text, start, node, next, best);
                }
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
            if (entries[node] is { } candidates && IsEnd(text, j) && j >= best.End)
            {
                foreach (var entry in candidates)
                {
                    // Longer wins; as long, a spelling wins over another form (whichever path of the walk found it first).
                    if (j == best.End && entry.Kind >= best.Kind)
                    {
                        break;
                    }

                    if (entry.Kind == SurfaceKind.Action ? actions && (char.IsLower(text[start]) || AtSentenceStart(text, start))
                        : entry.Exact is null ? entry.Acronym == 0 || FitsAcronym(text, start, j, entry.Acronym)
                        : SameSpelling(text, start, j, entry.Exact) && (!entry.WordLike || FitsAsName(text, start, j)))
                    {
                        best = (entry.Term, j, entry.Kind);
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>After a verb and the space at <paramref name="j"/>: an action's object, perhaps after a determiner or an acronym.</summary>
    private (int Term, int End, SurfaceKind Kind) WalkObject(string text, int start, int node, int j, (int Term, int End, SurfaceKind Kind) best)
    {
        var (determiner, afterDeterminer) = SkipWord(text, j, w => Determiners.Contains(w));
        var (_, afterPossessive) = determiner ? SkipWord(text, afterDeterminer, IsPossessive) : (false, j);
        var (_, afterAcronym) = SkipWord(text, afterPossessive, TermText.IsAcronym);
        if ((markers[node] & 1) != 0 && transitions.TryGetValue(((long)node << 16) | TermVariants.OptionalDeterminer, out var optional))
        {
            best = Walk(text, start, optional, afterAcronym, best, actions: true);
        }

        // A verb that could be read as a noun needs a determiner ("clean the data"), except as the capitalised first word of
        // a sentence or bullet, where it gives an instruction ("Plan capacity ahead of peak seasons").
        var imperative = char.IsUpper(text[start]) && AtSentenceStart(text, start);
        if ((markers[node] & 2) != 0 && (determiner || imperative) && transitions.TryGetValue(((long)node << 16) | TermVariants.RequiredDeterminer, out var required))
        {
            best = Walk(text, start, required, determiner ? afterAcronym : afterPossessive, best, actions: true);
        }

        return best;
    }

    /// <summary>"colleagues'", "team's": after a determiner, a possessive may stand before the object ("review your colleagues' code").</summary>
    private static bool IsPossessive(string word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal));

    /// <summary>When the word at <paramref name="j"/> passes <paramref name="accept"/> and a space follows: true and the index after the space.</summary>
    private static (bool Skipped, int Next) SkipWord(string text, int j, Func<string, bool> accept)
    {
        var end = j;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '\'' or '’' && end > j)))
        {
            end++;
        }

        if (end == j || end >= text.Length || text[end] != ' ' || !accept(text[j..end]))
        {
            return (false, j);
        }

        return (true, end + 1);
    }

    private int Insert(string surface)
    {
        var node = 0;
        foreach (var c in surface)
        {
            if (c is TermVariants.OptionalDeterminer or TermVariants.RequiredDeterminer)
            {
                markers[node] |= (byte)(c == TermVariants.OptionalDeterminer ? 1 : 2);
            }

            var key = ((long)node << 16) | char.ToLowerInvariant(c);
            if (!transitions.TryGetValue(key, out var child))
            {
                child = entries.Count;
                entries.Add(null);
                markers.Add(0);
                transitions[key] = child;
            }

            node = child;
        }

        return node;
    }

    /// <summary>Right after "multi-" at the start of a word: "multi-object tracking".</summary>
    private static bool IsAfterCombiningPrefix(string text, int i)
    {
        var prefixStart = i - 1 - CombiningPrefix.Length;
        return prefixStart >= 0 && TermText.IsJoiner(text[i - 1]) && char.IsLetter(text[i])
            && text.AsSpan(prefixStart, CombiningPrefix.Length).Equals(CombiningPrefix, StringComparison.OrdinalIgnoreCase)
            && (prefixStart == 0 || !char.IsLetterOrDigit(text[prefixStart - 1]));
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

        if (p == '°')
        {
            // "−25 °C" is a temperature.
            return false;
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
                // Not before a number: "R-2024-0387" is an identifier.
                return !char.IsLetterOrDigit(next) || HyphenModifiers.Contains(WordAt(text, j + 1));
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

        // The last item of a list is a name whatever follows: "C++ or Rust is a plus", "Python, Spark and Go".
        if (AfterListJoiner(text, start))
        {
            return true;
        }

        var nextWord = WordAt(text, after);
        if (VerbFollowers.Contains(nextWord))
        {
            return false;
        }

        return !AtSentenceStart(text, start) || (after < text.Length && text[after] is ',' or '/' or ')' or '&');
    }

    /// <summary>Whether a name follows a comma, a slash, "or", "and" or "&amp;" and a name before that ("C++ or Rust").</summary>
    private static bool AfterListJoiner(string text, int start)
    {
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && text[before] is ',' or '/')
        {
            before--;
        }
        else
        {
            var wordEnd = before + 1;
            while (before >= 0 && char.IsLetter(text[before]) || (before >= 0 && text[before] == '&'))
            {
                before--;
            }

            var joiner = text[(before + 1)..wordEnd];
            if (joiner is not ("or" or "and" or "&"))
            {
                return false;
            }
        }

        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        // The item before: a word written as a name ("C++", "Python", "kdb+/q" ends in a letter or symbol).
        var end = before + 1;
        while (before >= 0 && !char.IsWhiteSpace(text[before]) && text[before] is not (',' or '(' or ':'))
        {
            before--;
        }

        var previous = text[(before + 1)..end];
        return previous.Length > 0 && (char.IsUpper(previous[0]) || previous.Any(c => c is '+' or '#'));
    }

    /// <summary>Whether only spaces stand between <paramref name="start"/> and the start of the text, a sentence, a clause or a bullet.</summary>
    internal static bool AtSentenceStart(string text, int start)
    {
        var before = start - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        return before < 0 || text[before] is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '•' or '*' or '-' or '–' or '—' or '>' or '"' or '“' or '→';
    }

    /// <summary>A word that joins a name to a word describing it ("YOLO-family", "transformer-based").</summary>
    internal static bool IsHyphenModifier(string word) => HyphenModifiers.Contains(word);

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

    /// <summary>One surface of a term at a trie node; <paramref name="Acronym"/> is the length of a spelling in capitals ("DOE", "PRS"), else 0.</summary>
    private readonly record struct Entry(int Term, string? Exact, bool WordLike, SurfaceKind Kind, int Acronym = 0);

    /// <summary>
    /// An acronym matches in capitals (with a plural "s": "LLMs") or all in lower case ("sql", "json"), not as a mixed-case
    /// word ("PRs" is not PRS) or a lower-case plural ("does" is not DOE).
    /// </summary>
    private static bool FitsAcronym(string text, int start, int end, int length)
    {
        var word = text.AsSpan(start, end - start);
        var stem = word[..Math.Min(length, word.Length)];
        var plural = word[stem.Length..];
        return !stem.ContainsAnyInRange('a', 'z') || (!stem.ContainsAnyInRange('A', 'Z') && plural.IsEmpty);
    }

    private static bool IsAcronymSpelling(string text) =>
        text.Length >= 3 && text.All(c => char.IsUpper(c) || char.IsDigit(c)) && text.Count(char.IsLetter) >= 2;
}
