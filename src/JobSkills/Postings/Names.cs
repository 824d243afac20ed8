using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>How company names and job titles are normalised, so that spellings of one company or role group together.</summary>
public static partial class Names
{
    /// <summary>"Apple Inc." → "apple"; "Scale AI, Inc" → "scale ai".</summary>
    public static string NormalizeCompany(string name)
    {
        var words = Words(name).ToList();
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>
    /// "PhD Fall Machine Learning Intern (ATG — Visual, Multimodal, and Recommender Systems)" →
    /// "phd fall machine learning intern": lower-case, no bracketed team or location notes,
    /// common abbreviations spelled out.
    /// </summary>
    public static string NormalizeTitle(string title)
    {
        var withoutNotes = Bracketed().Replace(title, " ");
        return string.Join(' ', Words(withoutNotes).Select(w => TitleAbbreviations.GetValueOrDefault(w, w)));
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    private static readonly HashSet<string> LegalSuffixes =
        ["inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "gmbh", "ag", "plc", "sa", "bv"];

    private static readonly Dictionary<string, string> TitleAbbreviations = new()
    {
        ["sr"] = "senior",
        ["jr"] = "junior",
        ["ml"] = "machine learning",
        ["swe"] = "software engineer",
        ["eng"] = "engineer",
        ["mgr"] = "manager",
    };

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[\p{L}\p{N}+#]+")]
    private static partial Regex WordPattern();
}
