namespace JobSkills.Skills;

/// <summary>
/// Pairs a short form with its long form ("Natural Language Processing", "NLP") by the
/// Schwartz–Hearst rule: every letter and digit of the short form occurs in the long form, in
/// order, and its first one starts a word of the long form.
/// </summary>
internal static class Acronyms
{
    /// <summary>One token of two to ten characters with at least two capitals and no lower case before the first capital: "NLP", "ZeRO", "TFLite", "TRLs", "CI/CD".</summary>
    public static bool IsShortForm(string text)
    {
        if (text.Length is < 2 or > 10 || !char.IsUpper(text[0]) || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        return text.Count(char.IsUpper) >= 2 && text.All(c => char.IsLetterOrDigit(c) || c is '&' or '/' or '-');
    }

    /// <summary>
    /// The shortest tail of <paramref name="phrase"/> that <paramref name="shortForm"/> abbreviates, or null.
    /// The long form has at least two words, and not many more words than the short form has letters.
    /// </summary>
    public static string? LongForm(string phrase, string shortForm)
    {
        var letters = shortForm.Where(char.IsLetterOrDigit).ToList();
        if (letters.Count > 2 && char.IsLower(shortForm[^1]) && shortForm[^1] == 's')
        {
            letters.RemoveAt(letters.Count - 1); // "TRLs", "IDMs": a plural
        }

        var s = letters.Count - 1;
        var l = phrase.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(letters[s]);
            while (l >= 0 && (char.ToLowerInvariant(phrase[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(phrase[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return null;
            }

            l--;
            s--;
        }

        // l stopped just before the letter that starts the long form.
        var longForm = phrase[(l + 1)..].Trim();
        var words = TermText.WordCount(TermText.Normalize(longForm));
        return words >= 2 && words <= letters.Count + 2 && longForm.Length > shortForm.Length + 2
            && !longForm.Equals(shortForm, StringComparison.OrdinalIgnoreCase)
            ? longForm
            : null;
    }

    /// <summary>The long form among the words just before a "(ACR)", as in "… Static Timing Analysis (STA) …".</summary>
    public static string? LongFormFromWords(string words, string shortForm)
    {
        // The words up to the parenthesis, within the same clause.
        var clause = words[(words.LastIndexOfAny(['(', ')', ',', ';', ':', '.']) + 1)..];
        var tokens = clause.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = Math.Min(tokens.Length, shortForm.Count(char.IsLetterOrDigit) + 2);
        return LongForm(string.Join(' ', tokens[^keep..]), shortForm);
    }
}
