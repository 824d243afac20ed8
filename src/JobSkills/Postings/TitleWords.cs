using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// Words that make a line a job title ("Engineer", "Scientist", "Intern", …), and the file-name
/// fallback for company and title.
/// </summary>
internal static partial class TitleWords
{
    private static readonly FrozenSet<string> RoleWords = new[]
    {
        "engineer", "engineers", "scientist", "scientists", "developer", "developers", "analyst", "manager",
        "intern", "interns", "internship", "internships", "designer", "architect", "researcher", "director",
        "lead", "specialist", "consultant", "administrator", "coordinator", "technician", "officer", "assistant",
        "nurse", "teacher", "accountant", "recruiter", "writer", "editor", "representative", "executive",
        "strategist", "programmer", "tester", "operator", "fellow", "fellowship", "apprentice", "apprenticeship",
        "trainee", "postdoc", "professor", "lecturer", "advisor", "adviser", "planner", "producer", "marketer",
        "agent", "associate", "head", "vp", "cto", "sre", "mlops", "devops", "werkstudent", "praktikum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of a file name that belong to the role, not the company ("scale-ai-ml-research-intern").</summary>
    private static readonly FrozenSet<string> RoleNameWords = RoleWords.Concat(new[]
    {
        "ml", "machine", "learning", "research", "phd", "msc", "senior", "sr", "junior", "jr", "staff", "principal",
        "data", "software", "backend", "frontend", "fullstack", "full", "stack", "product", "applied", "ios",
        "android", "mobile", "cloud", "security", "qa", "fall", "summer", "spring", "winter", "new", "grad",
        "graduate", "remote", "hybrid", "mid", "level", "ii", "iii", "iv", "student", "platform", "infrastructure",
        "frontend", "web", "ux", "ui", "nlp", "cv", "llm", "genai", "deep", "computer", "vision", "quant",
        "quantitative", "posting", "job", "jobs", "role", "position", "opening",
    }).ToFrozenSet(StringComparer.Ordinal);

    public static bool HasRoleWord(string text) => Words(text).Any(RoleWords.Contains);

    /// <summary>
    /// Company and title from a file name, for postings whose text names neither.
    /// The company is the file name's leading words before the first role word
    /// ("scale-ai-ml-research-intern" → "scale ai"), used only when the text names its first word
    /// after "at", "join" or "about" ("at Scale"); the title is the rest when it holds a role word.
    /// Each word is spelled as the text capitalises it ("AI", "ML"), else capitalised, short words
    /// in capitals.
    /// </summary>
    public static (string Company, string Title) FromFileName(string fileName, string text)
    {
        var words = FileNameSeparator().Split(Path.GetFileNameWithoutExtension(fileName)).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToList();
        var companyWords = words.TakeWhile(w => !RoleNameWords.Contains(w) && !w.All(char.IsDigit)).ToList();
        var titleWords = words.Skip(companyWords.Count).Where(w => !w.All(char.IsDigit)).ToList();

        var company = companyWords.Count is >= 1 and <= 4 && MentionsCompany(text, companyWords[0])
            ? string.Join(' ', companyWords.Select(w => Spelling(w, text)))
            : "";
        var title = titleWords.Any(RoleWords.Contains) ? string.Join(' ', titleWords.Select(w => Spelling(w, text))) : "";
        return (company, title);
    }

    private static bool MentionsCompany(string text, string word) =>
        Regex.IsMatch(text, @"\b(?:at|At|join|Join|about|About)\s+" + Regex.Escape(Capitalize(word)) + @"\b", RegexOptions.CultureInvariant)
        || Regex.IsMatch(text, @"\b(?:at|At|join|Join|about|About)\s+" + Regex.Escape(word.ToUpperInvariant()) + @"\b", RegexOptions.CultureInvariant);

    /// <summary>How the text writes a word with a capital (first such use), else a default spelling.</summary>
    private static string Spelling(string word, string text)
    {
        var pattern = new Regex(@"\b" + Regex.Escape(word) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (Match match in pattern.Matches(text))
        {
            if (char.IsUpper(match.Value[0]))
            {
                return match.Value;
            }
        }

        return word.Length <= 2 ? word.ToUpperInvariant() : Capitalize(word);
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex(@"[-_ .]+", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameSeparator();

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
