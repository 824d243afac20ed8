using System.Text;

namespace JobSkills.Skills;

/// <summary>
/// Spelling rules shared by the vocabulary and the matcher: how a name is normalised, what its
/// key is, which surface forms (plurals) it matches, and which names are ordinary English words.
/// </summary>
internal static class TermText
{
    /// <summary>
    /// Trims, and turns every run of whitespace, and every hyphen or underscore between two
    /// word characters, into one space: "meta-learning" and "meta learning" are one spelling.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // "5-7" is a range, not a compound: a hyphen between two digits stays.
            var isSeparator = char.IsWhiteSpace(c)
                || (IsJoiner(c) && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])
                    && !(char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])));
            if (isSeparator)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The spelling to show: trimmed, runs of whitespace made one space, hyphens kept ("scikit-learn").</summary>
    public static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Hyphens (ASCII and typographic) and underscores join the parts of a compound.</summary>
    public static bool IsJoiner(char c) => c is '-' or '_' or '\u2010' or '\u2011';

    /// <summary>
    /// The key that makes a term unique: the normalised spelling for an exact-case name,
    /// otherwise lower case with the last word in the singular ("Recommender Systems" and
    /// "recommender system" are one term).
    /// </summary>
    public static string KeyOf(string name, bool caseSensitive)
    {
        var normalized = Normalize(name);
        return caseSensitive ? normalized : Singular(normalized).ToLowerInvariant();
    }

    /// <summary>
    /// The spellings that count as this name in text: the normalised name and, for case-insensitive
    /// names, the plural of its last word; for an exact-case acronym ("LLM"), its plural "LLMs".
    /// </summary>
    public static IEnumerable<string> SurfaceForms(string name, bool caseSensitive)
    {
        var normalized = Normalize(name);
        var forms = PluralForms(normalized, caseSensitive).ToList();

        // "place and route" is also written "place & route", and the other way round.
        var ampersand = forms.Where(f => f.Contains(" and ", StringComparison.Ordinal)).Select(f => f.Replace(" and ", " & ", StringComparison.Ordinal))
            .Concat(forms.Where(f => f.Contains(" & ", StringComparison.Ordinal)).Select(f => f.Replace(" & ", " and ", StringComparison.Ordinal)))
            .ToList();
        return forms.Concat(ampersand).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> PluralForms(string normalized, bool caseSensitive)
    {
        yield return normalized;
        if (caseSensitive)
        {
            if (IsAcronym(normalized) && normalized.Length >= 2 && char.IsUpper(normalized[^1]))
            {
                yield return normalized + "s";
            }

            yield break;
        }

        var singular = Singular(normalized);
        if (singular != normalized)
        {
            yield return singular;
        }

        var last = singular[^1];
        if (!char.IsLetter(last))
        {
            yield break;
        }

        if (IsAcronym(LastWord(singular)))
        {
            // "ECOs", "LLMs"
            yield return singular + "s";
            yield break;
        }

        if (singular.EndsWith("sis", StringComparison.Ordinal) && singular.Length > 4)
        {
            // "analysis", "analyses"; "hypothesis", "hypotheses"
            yield return singular[..^2] + "es";
        }
        else if (singular.EndsWith('s') || singular.EndsWith('x') || singular.EndsWith('z') || singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return singular + "es";
        }
        else if (last == 'y' && singular.Length > 2 && !IsVowel(singular[^2]))
        {
            yield return singular[..^1] + "ies";
        }
        else
        {
            yield return singular + "s";
        }
    }

    /// <summary>
    /// The singular of the last word, for lower-case words and for the last word of a phrase
    /// ("Recommender Systems"). Single capitalised names ("Kubernetes", "Windows") are left alone.
    /// </summary>
    public static string Singular(string normalized)
    {
        var space = normalized.LastIndexOf(' ');
        var word = normalized[(space + 1)..];
        var isPhrase = space > 0;
        if (word.Length < 4 || !word.All(char.IsLetter) || (!isPhrase && word.Any(char.IsUpper)) || IsAcronym(word))
        {
            return normalized;
        }

        var lower = word.ToLowerInvariant();
        if (lower is "series" or "species" or "news" or "physics" or "mathematics" or "ethics")
        {
            return normalized;
        }

        string singular;
        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4)
        {
            singular = word[..^3] + "y";
        }
        else if (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal)
            || lower.EndsWith("shes", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal))
        {
            singular = word[..^2];
        }
        else if (lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
            && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith("ics", StringComparison.Ordinal)
            && !lower.EndsWith("ys", StringComparison.Ordinal) && !lower.EndsWith("os", StringComparison.Ordinal))
        {
            singular = word[..^1];
        }
        else
        {
            return normalized;
        }

        return normalized[..(space + 1)] + singular;
    }

    /// <summary>Two or more letters, all upper case apart from an inner lower-case letter or a final "s" ("NLP", "SoC", "TRLs").</summary>
    public static bool IsAcronym(string word)
    {
        var letters = 0;
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (!char.IsDigit(c) && c is not ('&' or '/' or '-'))
            {
                return false;
            }
        }

        return letters >= 2 && upper >= 2 && upper * 3 >= letters * 2 && char.IsUpper(word[0]);
    }

    /// <summary>
    /// A name that a word of ordinary English could be mistaken for unless its case is kept:
    /// one or two letters ("C", "R", "Go"), or an all-letter word starting with a capital
    /// whose lower-case form is an ordinary word ("Rust", "Spark").
    /// </summary>
    public static bool IsShortName(string normalized) =>
        normalized.Length <= 2 && normalized.Any(char.IsLetter) && normalized.Any(char.IsUpper);

    /// <summary>
    /// An exact-case name written like a word (a capital, then lower case: "Go", "Rust", "Julia").
    /// Such names are held back where the word would start a sentence or read as a verb ("Go to").
    /// </summary>
    public static bool IsWordLike(string normalized) =>
        normalized.Length >= 2 && char.IsUpper(normalized[0]) && normalized.Skip(1).All(char.IsLower);

    public static string LastWord(string normalized) => normalized[(normalized.LastIndexOf(' ') + 1)..];

    public static int WordCount(string normalized) => normalized.Length == 0 ? 0 : normalized.Count(c => c == ' ') + 1;

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c);
}
