using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// Employment types in one spelling each ("Full-time", "Part-time", "Contract", "Temporary",
/// "Internship", "Apprenticeship", "Volunteer", "Per diem"), from how postings and schema.org
/// write them ("full time", "FULL_TIME", "Intern", "Contractor", "Werkstudent", …).
/// </summary>
internal static class EmploymentTypes
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly (Regex Pattern, string Name)[] Types =
    [
        (new(@"\bfull[\s_-]?time\b|\bvollzeit\b", Options), "Full-time"),
        (new(@"\bpart[\s_-]?time\b|\bteilzeit\b", Options), "Part-time"),
        (new(@"\bcontract(or)?\b|\bfreelance\b", Options), "Contract"),
        (new(@"\btemporary\b|\btemp\b|\bseasonal\b|\bfixed[\s-]term\b", Options), "Temporary"),
        (new(@"\bintern(ship)?s?\b|\bco-op\b|\bwerkstudent(in)?\b|\bpraktikum\b|\bworking student\b", Options), "Internship"),
        (new(@"\bapprentice(ship)?\b|\bausbildung\b", Options), "Apprenticeship"),
        (new(@"\bvolunteer\b", Options), "Volunteer"),
        (new(@"\bper[\s_-]diem\b", Options), "Per diem"),
    ];

    /// <summary>Types a job title can state, in the order they are looked for.</summary>
    private static readonly string[] TitleTypes = ["Internship", "Contract", "Part-time"];

    /// <summary>The types a short value names, in the order it names them.</summary>
    public static IEnumerable<string> Find(string value) =>
        Types
            .Select(t => (Match: t.Pattern.Match(value), t.Name))
            .Where(t => t.Match.Success)
            .OrderBy(t => t.Match.Index)
            .Select(t => t.Name);

    /// <summary>True when the whole value is one or more type names and separators ("Full-time /", "FULL_TIME, CONTRACTOR").</summary>
    public static bool IsOnlyTypes(string value)
    {
        var rest = value;
        foreach (var (pattern, _) in Types)
        {
            rest = pattern.Replace(rest, " ");
        }

        return rest.Length < value.Length && rest.All(c => !char.IsLetterOrDigit(c));
    }

    /// <summary>What a job title says about the type: "… Intern" is an internship, "… (Contract)" a contract.</summary>
    public static string FromTitle(string title) =>
        TitleTypes.FirstOrDefault(name => Types.Single(t => t.Name == name).Pattern.IsMatch(title)) ?? "";
}
