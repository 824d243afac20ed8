using System.Text.RegularExpressions;

namespace JobSkills.Skills;

/// <summary>
/// Decides whether a candidate from the outline reads as a term. The outline's bold spans and
/// short bullets also hold sentences, descriptions, bookkeeping ("skill set", "notes"),
/// placeholders and ordinary words; those are refused here, each with a reason.
/// </summary>
internal static partial class TermFilter
{
    public const int MaxWords = 4;
    public const int MaxLongFormWords = 6;
    public const int MaxLength = 48;

    /// <summary>The reason <see cref="Refuse"/> gives for a lone ordinary word.</summary>
    public const string OrdinaryWord = "an ordinary word";

    /// <summary>The reason <see cref="Refuse"/> gives for a phrase from a sentence that opens with "-ing", "-ed" or "-ly".</summary>
    public const string Clause = "a clause";

    /// <summary>The reason <see cref="Refuse"/> gives for a text of fewer than two letters.</summary>
    public const string TooFewLetters = "too few letters";

    private static readonly HashSet<string> EdgeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "with", "by", "from", "as", "at", "via", "vs", "versus",
        "than", "into", "onto", "using", "such", "like", "including", "e.g.", "i.e.", "e.g", "i.e", "etc", "per", "about", "over",
        "under", "between", "within", "without", "based", "other", "more", "most", "some", "many", "much", "several", "various",
        "related", "etc.", "&", "+", "/", "another", "preferably", "especially", "mainly", "mostly",
    };

    /// <summary>Words that make a phrase a sentence or a fragment of one.</summary>
    private static readonly HashSet<string> SentenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "your", "yours", "we", "our", "ours", "us", "i", "my", "me", "they", "them", "their", "he", "she", "his", "her",
        "it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "will", "would", "can", "could", "should", "must",
        "may", "might", "shall", "have", "has", "had", "do", "does", "did", "not", "no", "this", "that", "these", "those", "which",
        "who", "whom", "whose", "what", "how", "why", "when", "where", "there", "here", "then", "also", "very", "just", "only",
        "please", "if", "so", "because", "while", "all", "any", "each", "every", "able", "want", "need", "get", "make", "let",
    };

    /// <summary>First words of requirement phrases, not of names: "experience with X", "strong knowledge of Y".</summary>
    private static readonly HashSet<string> LeadInWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "experience", "experienced", "hands", "knowledge", "understanding", "familiarity", "familiar", "proficiency", "proficient",
        "expertise", "expert", "ability", "skills", "skill", "strong", "solid", "excellent", "good", "great", "proven",
        "demonstrated", "hands-on", "background", "exposure", "mastery", "passion", "passionate", "interest", "interested",
        "work", "working", "develop", "developing", "build", "building", "design", "designing", "create", "creating", "use",
        "apply", "applying", "help", "support", "ensure", "lead", "manage", "drive", "deliver", "improve", "implement",
        "write", "writing", "perform", "participate", "collaborate", "provide", "identify", "understand", "learn", "define",
        "minimum", "preferred", "required", "bonus", "nice", "ideal", "ideally", "previous", "prior", "relevant", "plus",
        "key", "basic", "advanced", "new", "high-level", "low-level", "various", "several", "multiple", "latest", "current",
        "enable", "enables", "check", "compare", "ship", "communicate", "monitor", "include", "includes", "require", "requires",
        "propose", "analyze", "analyse", "evaluate", "deploy", "maintain", "debug", "investigate", "explore", "contribute",
        "mentor", "own", "partner", "solve", "translate", "validate", "run", "prepare", "generate", "collect", "integrate",
        "automate", "establish", "advance", "grow", "champion", "oversee", "review", "document", "present", "publish", "conduct",
        "measure", "install", "thorough", "important", "broad", "past", "appropriate", "extraordinary", "enthusiastic",
        "outstanding", "exceptional", "significant", "similar", "different", "specific", "overall", "typical", "certain",
        "particular", "possible", "additional", "further", "following", "effective", "proficiency", "comfortable", "deep",
    };

    /// <summary>Last words of job titles: "Data Scientist" or "Verification Engineer" is a role, not a skill.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "engineers", "scientist", "scientists", "researcher", "researchers", "developer", "developers", "manager",
        "managers", "lead", "intern", "interns", "internship", "architect", "architects", "analyst", "analysts", "director",
        "specialist", "specialists", "consultant", "consultants", "designer", "designers", "programmer", "programmers",
        "technician", "professor", "student", "students", "officer", "head", "fellow", "postdoc", "role", "roles", "position",
        "team", "teams", "group", "department", "company", "companies", "inc", "inc.", "corporation", "university", "lab", "labs",
        "colleagues", "peers", "customers", "clients", "users", "partners",
    };

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "BLAH", "NAME", "URL", "TBD", "TODO", "XXX", "Lorem" };

    public static bool IsEdgeWord(string word) => EdgeWords.Contains(word);

    /// <summary>A word that makes a phrase a sentence ("you", "is", "will").</summary>
    public static bool IsSentenceWord(string word) => SentenceWords.Contains(word);

    /// <summary>A word that opens a requirement phrase rather than a name ("experience", "build", "strong").</summary>
    public static bool IsLeadInWord(string word) => LeadInWords.Contains(word);

    /// <summary>A word that ends a job title or names an organisation ("engineer", "team").</summary>
    public static bool IsRoleWord(string word) => RoleWords.Contains(word);

    /// <summary>Null when the text reads as a term; otherwise why not.</summary>
    public static string? Refuse(string normalized, CandidateOrigin origin, bool isLongForm, CuratedList curated, WordUsage words)
    {
        if (normalized.Length < 2 || normalized.Length > MaxLength)
        {
            return "length";
        }

        if (!normalized.Any(char.IsLetter) || normalized.Count(char.IsLetter) < 2)
        {
            return TooFewLetters;
        }

        if (Forbidden().IsMatch(normalized))
        {
            return "punctuation of a sentence, a URL or markup";
        }

        var tokens = normalized.Split(' ');
        if (tokens.Length > (isLongForm ? MaxLongFormWords : MaxWords))
        {
            return "too many words";
        }

        if (EdgeWords.Contains(tokens[0]) || EdgeWords.Contains(tokens[^1]))
        {
            return "starts or ends with a function word";
        }

        if (tokens.Any(SentenceWords.Contains))
        {
            return "a sentence";
        }

        if (LeadInWords.Contains(tokens[0]) && tokens.Length > 1)
        {
            return "a requirement phrase";
        }

        if (RoleWords.Contains(tokens[^1]) && tokens.Length > 1)
        {
            return "a job title or an organisation";
        }

        if (tokens.Any(t => t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal) || t.EndsWith("s'", StringComparison.Ordinal)))
        {
            return "a possessive";
        }

        if (tokens.Any(Placeholders.Contains))
        {
            return "a placeholder";
        }

        // A version number may end a name ("ROS 2", "Python 3"); years, ranges and counts may not.
        if (tokens.Any(t => YearOrRange().IsMatch(t)) || PlainNumber().IsMatch(tokens[0]))
        {
            return "a number";
        }

        if (curated.IsNotSkill(normalized))
        {
            return "listed as not a skill";
        }

        // The outline's own headings and emphasis may name a field in ordinary words ("Hardware Security").
        var content = tokens.Where(t => !EdgeWords.Contains(t)).ToList();
        if (origin is not (CandidateOrigin.Heading or CandidateOrigin.Emphasis) && content.All(curated.IsNotSkill))
        {
            return "only generic words";
        }

        if (tokens.Length == 1)
        {
            return RefuseSingleWord(tokens[0], words);
        }

        // Mined from a sentence, a phrase opening with "-ing", "-ed" or "-ly" is a clause ("meeting deadlines").
        if (origin == CandidateOrigin.List && char.IsLower(tokens[0][0])
            && (tokens[0].EndsWith("ing", StringComparison.Ordinal) || tokens[0].EndsWith("ed", StringComparison.Ordinal) || tokens[0].EndsWith("ly", StringComparison.Ordinal)))
        {
            return Clause;
        }

        return null;
    }

    /// <summary>
    /// A single word is kept when it is written like a name (capitals inside, digits, symbols), or
    /// when it is capitalised and the outline does not also use it as an ordinary lower-case word.
    /// A lone ordinary word ("deployment", "uncertainty", "placement") is a term only if curated:
    /// the outline is full of them, and in a posting they mean too many things.
    /// </summary>
    private static string? RefuseSingleWord(string word, WordUsage words)
    {
        var plainWord = word.All(char.IsLetter) && word.Skip(1).All(char.IsLower);
        if (!plainWord)
        {
            return null;
        }

        if (RoleWords.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal))
        {
            return "a role or an adverb";
        }

        var lower = words.LowerCount(word);
        return char.IsUpper(word[0]) && (lower == 0 || words.NameCount(word) >= 2 * lower) ? null : OrdinaryWord;
    }

    /// <summary>
    /// True for a single capitalised word that is not clearly a name in the outline's prose (written
    /// with a capital after a lower-case word at least twice, and never in lower case): kept, but
    /// matched in exactly this case ("Spark", "Maven"; not "spark", not "enthusiastic").
    /// </summary>
    public static bool IsNameThatIsAlsoAWord(string normalized, WordUsage words) =>
        TermText.IsWordLike(normalized) && (words.LowerCount(normalized) > 0 || words.NameCount(normalized) < 2);

    [GeneratedRegex(@"[""“”=<>|{}\[\]?!…;:()@\\]|://|\bwww\.|\.\s|^\.$|,")]
    private static partial Regex Forbidden();

    [GeneratedRegex(@"^(?:1[89]\d\d|20\d\d)s?$|^\d+[-–]\d+$|^\d+[%+]$|^\d+(?:st|nd|rd|th)$")]
    private static partial Regex YearOrRange();

    [GeneratedRegex(@"^[\d.,x×]+$")]
    private static partial Regex PlainNumber();
}
