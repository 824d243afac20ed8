using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// The vocabulary of common posting headings and the section kind each one stands for. Matching a
/// line is forgiving: case, apostrophes (straight, curly or missing: "What You’ll Do", "Ideally youd
/// have"), "&amp;" or "and", hyphens, a leading "The" and a trailing colon do not matter. Inside a
/// flattened run (<see cref="FindInRun"/>) matching is case-sensitive on Title Case and sentence case
/// forms, because there the capital letter is what marks the heading.
/// </summary>
internal static partial class SectionHeadings
{
    // Before the tables below: building their keys uses it.
    private static readonly (string Long, string Short)[] Contractions =
    [
        ("you will", "youll"), ("you would", "youd"), ("we are", "were"), ("you are", "youre"), ("it is", "its"),
    ];

    // Display forms: the Title Case spelling is also what FindInRun looks for in glued text.
    private static readonly (SectionKind Kind, string[] Headings)[] Vocabulary =
    [
        (SectionKind.About,
        [
            "About Us", "About the Job", "About the Role", "About the Team", "About the Company", "About This Role",
            "About This Job", "About the Position", "About the Opportunity", "About the Department", "Who We Are",
            "Our Company", "Our Story", "Our Mission", "Our Team", "The Team", "Meet the Team", "Team Overview",
            "Company Description", "Company Overview", "Overview", "Summary", "Job Summary", "Position Summary",
            "Role Summary", "Role Overview", "Job Overview", "Position Overview", "The Opportunity", "Introduction",
            "TL;DR", "At a Glance", "Quick Facts", "Key Facts", "Job Details", "Role Details",
        ]),
        (SectionKind.Responsibilities,
        [
            "Responsibilities", "Key Responsibilities", "Main Responsibilities", "Your Responsibilities",
            "Job Responsibilities", "Primary Responsibilities", "Core Responsibilities", "Duties",
            "Key Duties", "Job Duties", "Essential Duties", "Duties and Responsibilities",
            "Essential Duties and Responsibilities", "Essential Functions", "Roles and Responsibilities",
            "Role and Responsibilities", "Responsibilities Include", "What You'll Do", "What You'll Actually Do",
            "What You'll Be Doing", "What You'll Work On", "What You Will Be Working On", "What You Do",
            "What the Job Involves", "What the Role Involves", "The Role", "Your Role", "The Job", "Role Description",
            "Job Description", "Description", "Position Description", "In This Role", "In This Role You Will",
            "Your Impact", "Impact", "The Impact You'll Have", "Day to Day", "A Day in the Life", "Your Mission",
            "The Work", "Example Projects", "Projects", "Projects You Might Work On", "Your Tasks", "Tasks",
            "You'll", "You Will", "What You Will Do", "Your Day", "Your Week",
        ]),
        (SectionKind.Required,
        [
            "Requirements", "Required", "Required to Have", "Required Qualifications", "Required Skills",
            "Required Experience", "Minimum Qualifications", "Minimum Requirements", "Basic Qualifications",
            "Key Qualifications", "Qualifications", "Must-Haves", "Must Have", "Must-Have Skills",
            "What You'll Need", "What You Need", "What You'll Bring", "What You Bring", "What We're Looking For",
            "Who We're Looking For", "Who You Are", "About You", "You Have", "You Are", "You Will Have",
            "What You Have", "Skills", "Skills and Experience", "Skills and Qualifications", "Key Skills",
            "Technical Skills", "Experience", "Education", "Education & Experience", "Experience and Education",
            "Qualifications and Experience", "Requirements and Qualifications", "Additional Requirements",
            "Job Requirements", "Your Profile", "Profile", "Your Background", "Competencies", "The Ideal Candidate",
            "Ideal Candidate", "What It Takes", "To Be Successful", "We Expect", "Must", "Musts",
        ]),
        (SectionKind.Preferred,
        [
            "Preferred", "Preferred Qualifications", "Preferred Skills", "Preferred Experience",
            "Preferred Requirements", "Nice to Have", "Nice to Haves", "Nice-to-Have Skills", "Good to Have",
            "Bonus", "Bonus Points", "Bonus If You Have", "Pluses", "Plus", "A Plus", "Extra Credit",
            "Ideally You'd Have", "Ideally You Have", "Ideally", "Desired", "Desired Qualifications",
            "Desired Skills", "Desirable", "Additional Qualifications", "Even Better If", "It Would Be Great If",
            "What Would Make You Stand Out", "Stand Out", "It's a Plus If", "Nice", "Nice-to-Haves", "Nice If",
        ]),
        (SectionKind.Benefits,
        [
            "Benefits", "Perks", "Perks & Benefits", "Benefits & Perks", "Our Benefits", "What We Offer",
            "What We Provide", "What You Get", "What You'll Get", "Why Join Us", "Why Us", "Why Work With Us",
            "Total Rewards", "Rewards",
        ]),
        (SectionKind.Pay,
        [
            "Pay", "Salary", "Compensation", "Pay Range", "Salary Range", "Compensation Range", "Base Salary",
            "Pay & Benefits", "Compensation & Benefits", "Salary & Benefits", "Remuneration", "Pay Rate",
        ]),
        (SectionKind.Legal,
        [
            "Equal Opportunity", "Equal Opportunity Employer", "Equal Employment Opportunity", "EEO", "EEO Statement",
            "EOE", "Legal", "Disclaimer", "Privacy", "Privacy Notice", "Accommodations", "Reasonable Accommodation",
            "E-Verify",
        ]),
        (SectionKind.Other,
        [
            "Industry", "Industries", "Employment Type", "Job Type", "Job Functions", "Job Function",
            "Seniority Level", "Location", "Locations", "How to Apply", "Application Process", "Interview Process",
            "Hiring Process", "Our Process", "Tech Stack", "Our Stack", "Contact",
        ]),
    ];

    /// <summary>
    /// Words that give the kind of a heading outside the vocabulary ("You will be responsible
    /// for:", "Who You Are &amp; What You Bring"), tried in this order on the comparison key. Each
    /// matches at the start of a word; those ending in a space only as a whole word.
    /// </summary>
    private static readonly (string Word, SectionKind Kind)[] Keywords =
    [
        ("equal opportunit", SectionKind.Legal), ("eeo ", SectionKind.Legal), ("privacy", SectionKind.Legal),
        ("salary", SectionKind.Pay), ("compensation", SectionKind.Pay), ("pay range", SectionKind.Pay),
        ("prefer", SectionKind.Preferred), ("nice to", SectionKind.Preferred), ("nice ", SectionKind.Preferred), ("bonus", SectionKind.Preferred),
        ("desir", SectionKind.Preferred), ("plus ", SectionKind.Preferred), ("pluses", SectionKind.Preferred), ("ideally", SectionKind.Preferred), ("stand out", SectionKind.Preferred),
        ("responsib", SectionKind.Responsibilities), ("duties", SectionKind.Responsibilities), ("day to day", SectionKind.Responsibilities),
        ("youll do", SectionKind.Responsibilities), ("you will do", SectionKind.Responsibilities), ("youll work", SectionKind.Responsibilities),
        ("your role", SectionKind.Responsibilities), ("the role", SectionKind.Responsibilities), ("tasks", SectionKind.Responsibilities),
        ("require", SectionKind.Required), ("qualif", SectionKind.Required), ("must ", SectionKind.Required),
        ("skills", SectionKind.Required), ("experience", SectionKind.Required), ("looking for", SectionKind.Required),
        ("you bring", SectionKind.Required), ("youll bring", SectionKind.Required), ("you need", SectionKind.Required),
        ("youll need", SectionKind.Required), ("you have", SectionKind.Required), ("who you are", SectionKind.Required),
        ("fit ", SectionKind.Required), ("background", SectionKind.Required), ("candidate", SectionKind.Required),
        ("benefit", SectionKind.Benefits), ("perk", SectionKind.Benefits), ("we offer", SectionKind.Benefits),
        ("you get", SectionKind.Benefits), ("youll get", SectionKind.Benefits), ("why ", SectionKind.Benefits),
        ("about", SectionKind.About), ("who we are", SectionKind.About), ("our mission", SectionKind.About),
    ];

    private static readonly FrozenDictionary<string, SectionKind> ByKey = BuildKeys();

    /// <summary>Variants to look for inside glued text, grouped by their first two characters, longest first.</summary>
    private static readonly FrozenDictionary<string, (string Text, SectionKind Kind)[]> RunVariants = BuildRunVariants();

    /// <summary>The kind of a heading written on its own, or null when it is not in the vocabulary.</summary>
    public static SectionKind? Match(string heading)
    {
        var key = Normalize(heading);
        if (key.Length == 0 || key.Length > 60)
        {
            return null;
        }

        if (ByKey.TryGetValue(key, out var kind))
        {
            return kind;
        }

        // "About Nimbus", "About Apple": a short "About X" is about the company or the team.
        return AboutSomething().IsMatch(key) ? SectionKind.About : null;
    }

    /// <summary>
    /// The kind of a section heading: from the vocabulary, else from the first keyword it
    /// contains, else null.
    /// </summary>
    public static SectionKind? Classify(string heading)
    {
        if (Match(heading) is { } kind)
        {
            return kind;
        }

        var key = " " + Normalize(heading) + " ";
        if (key.Length > 62)
        {
            return null;
        }

        return Keywords.FirstOrDefault(k => key.Contains(" " + k.Word, StringComparison.Ordinal)) is { Word: not null } hit ? hit.Kind : null;
    }

    /// <summary>
    /// True when a line written on its own reads as a heading: a vocabulary heading, or a short
    /// capitalised phrase ending with a colon ("Example Projects:", "The Tone:").
    /// </summary>
    public static bool LooksLikeHeading(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 80 || WordCount(text) > 8)
        {
            return false;
        }

        if (Match(text) is not null)
        {
            return true;
        }

        return text.EndsWith(':') && ColonHeading().IsMatch(text);
    }

    /// <summary>The heading as written, without markup and the trailing colon.</summary>
    public static string Clean(string heading) => heading.Trim().Trim('*', '_', '#', ' ', '\t').TrimEnd(':', ' ').Trim();

    /// <summary>
    /// Headings inside a run of glued text ("…every day.DescriptionDescriptionAs an ML…"). A match
    /// starts with a capital that no other capital precedes, and is glued to what follows: the next
    /// character is a capital or a digit, or a colon with nothing or a capital right after it. A
    /// heading followed by a space is prose ("about Apple Benefits. Note"), and "Location: Seattle"
    /// is a key and its value, not a heading.
    /// </summary>
    public static IEnumerable<(int Start, int Length, SectionKind Kind)> FindInRun(string run)
    {
        for (var i = 0; i + 1 < run.Length; i++)
        {
            if (!char.IsUpper(run[i]) || (i > 0 && char.IsUpper(run[i - 1])))
            {
                continue;
            }

            if (!RunVariants.TryGetValue(run.Substring(i, 2), out var candidates))
            {
                continue;
            }

            foreach (var (text, kind) in candidates)
            {
                if (string.CompareOrdinal(run, i, text, 0, text.Length) != 0 || !GluedAfter(run, i + text.Length))
                {
                    continue;
                }

                var length = text.Length + (i + text.Length < run.Length && run[i + text.Length] == ':' ? 1 : 0);
                yield return (i, length, kind);
                i += length - 1;
                break;
            }
        }
    }

    private static bool GluedAfter(string run, int end)
    {
        if (end >= run.Length)
        {
            return true;
        }

        var next = run[end];
        if (next == ':')
        {
            return end + 1 >= run.Length || char.IsUpper(run[end + 1]);
        }

        return char.IsUpper(next) || char.IsDigit(next);
    }

    /// <summary>
    /// The comparison key: lower case, apostrophes dropped, "&amp;" as "and", hyphens as spaces,
    /// "you will" as "youll" (and the like), no leading "the", no punctuation around the words.
    /// </summary>
    public static string Normalize(string heading)
    {
        var builder = new StringBuilder(heading.Length);
        foreach (var c in heading)
        {
            if (c is '\'' or '’' or '‘' or '`')
            {
                continue;
            }

            if (c == '&')
            {
                builder.Append(" and ");
            }
            else if (char.IsLetterOrDigit(c) || c == ';')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }

        var key = string.Join(' ', words);
        foreach (var (longForm, shortForm) in Contractions)
        {
            key = key.Replace(longForm, shortForm, StringComparison.Ordinal);
        }

        return key.Trim(';', ' ');
    }

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static FrozenDictionary<string, SectionKind> BuildKeys()
    {
        var keys = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, headings) in Vocabulary)
        {
            foreach (var heading in headings)
            {
                keys.TryAdd(Normalize(heading), kind);
            }
        }

        return keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (string Text, SectionKind Kind)[]> BuildRunVariants()
    {
        var variants = new Dictionary<string, SectionKind>(StringComparer.Ordinal);
        foreach (var (kind, headings) in Vocabulary)
        {
            foreach (var heading in headings)
            {
                // A short single word ("Pay", "Team", "Plus") glued into a run is more often part
                // of a name ("PayPal") than a heading; only longer words and phrases are looked for.
                if (!heading.Contains(' ', StringComparison.Ordinal) && heading.Length < 6)
                {
                    continue;
                }

                foreach (var variant in SpellingsOf(heading))
                {
                    variants.TryAdd(variant, kind);
                }
            }
        }

        return variants
            .GroupBy(pair => pair.Key[..2], StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(pair => pair.Key.Length).Select(pair => (pair.Key, pair.Value)).ToArray(),
                StringComparer.Ordinal);
    }

    /// <summary>Title Case and sentence case, each with a straight, curly or missing apostrophe and with "&amp;" or "and".</summary>
    private static IEnumerable<string> SpellingsOf(string heading)
    {
        var words = heading.Split(' ');
        string[] cases =
        [
            heading,
            string.Join(' ', words.Select(Capitalize)),
            string.Join(' ', words.Select((w, i) => i == 0 || IsAcronym(w) ? w : w.ToLowerInvariant())),
        ];
        foreach (var spelling in cases)
        {
            foreach (var amp in new[] { spelling, spelling.Replace(" & ", " and ", StringComparison.Ordinal), spelling.Replace(" and ", " & ", StringComparison.Ordinal) })
            {
                yield return amp;
                if (amp.Contains('\'', StringComparison.Ordinal))
                {
                    yield return amp.Replace('\'', '’');
                    yield return amp.Replace("'", "", StringComparison.Ordinal);
                }
            }
        }
    }

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    [GeneratedRegex(@"^about (?!you\b|us\b|the\b|this\b|our\b)[a-z0-9][a-z0-9 .]{0,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutSomething();

    // A short phrase starting with a capital, ending with a colon, with no sentence punctuation inside.
    [GeneratedRegex(@"^[\p{Lu}][^.!?:]{0,50}:$", RegexOptions.CultureInvariant)]
    private static partial Regex ColonHeading();
}
