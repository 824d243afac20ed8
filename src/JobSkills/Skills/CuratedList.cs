namespace JobSkills.Skills;

/// <summary>One spelling from the curated list: the text, and whether it only matches in exactly this case.</summary>
public sealed record CuratedSpelling(string Text, bool ExactCase);

/// <summary>One line of the curated list: the canonical name first, then its other names.</summary>
public sealed record CuratedEntry(CuratedSpelling Name, IReadOnlyList<CuratedSpelling> Aliases, int Line);

/// <summary>
/// The curated base vocabulary (data/skills/curated.txt) and the list of words and phrases that
/// are never skills on their own (data/skills/not-skills.txt), both embedded in this assembly.
/// </summary>
/// <remarks>
/// curated.txt: one skill a line, <c>Name | alias | alias</c>. A spelling written with a leading
/// <c>=</c> matches only in exactly that case (<c>=Go | Golang</c>); spellings of one or two
/// letters always do. <c>#</c> starts a comment line.
/// not-skills.txt: one word or phrase a line, compared ignoring case and a plural "s".
/// </remarks>
public sealed class CuratedList
{
    private const string ResourcePrefix = "skills/";
    private static readonly Lazy<CuratedList> Embedded = new(() => Parse(ReadResource("curated.txt"), ReadResource("not-skills.txt")));
    private static readonly Lazy<string> EmbeddedFingerprint = new(() => Convert.ToHexStringLower(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReadResource("curated.txt") + "\0" + ReadResource("not-skills.txt")))));

    private CuratedList(IReadOnlyList<CuratedEntry> entries, IReadOnlySet<string> notSkills)
    {
        Entries = entries;
        NotSkills = notSkills;
    }

    public static CuratedList Default => Embedded.Value;

    /// <summary>SHA-256 of the embedded curated.txt and not-skills.txt: changes whenever either list does.</summary>
    public static string DefaultFingerprint => EmbeddedFingerprint.Value;

    public static CuratedList Empty { get; } = new([], new HashSet<string>());

    public IReadOnlyList<CuratedEntry> Entries { get; }

    /// <summary>Keys (lower case, singular) of words and phrases that are never skills on their own.</summary>
    public IReadOnlySet<string> NotSkills { get; }

    public bool IsNotSkill(string text) =>
        NotSkills.Contains(TermText.KeyOf(text, caseSensitive: false)) || NotSkills.Contains(TermText.KeyOf(text.ToLowerInvariant(), caseSensitive: false));

    /// <summary>Parses both files; a malformed line (an empty name, a lone "=") is reported with its line number.</summary>
    public static CuratedList Parse(string curated, string notSkills = "")
    {
        var entries = new List<CuratedEntry>();
        var lines = curated.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var spellings = line.Split('|').Select(field => ParseSpelling(field, i + 1)).ToList();
            entries.Add(new CuratedEntry(spellings[0], spellings.Skip(1).ToList(), i + 1));
        }

        var denied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in notSkills.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                denied.Add(TermText.KeyOf(line, caseSensitive: false));
                denied.Add(TermText.KeyOf(line.ToLowerInvariant(), caseSensitive: false));
            }
        }

        return new CuratedList(entries, denied);
    }

    private static CuratedSpelling ParseSpelling(string field, int line)
    {
        var text = field.Trim();
        var exact = text.StartsWith('=');
        if (exact)
        {
            text = text[1..].Trim();
        }

        if (text.Length == 0)
        {
            throw new FormatException($"curated skills, line {line}: empty name or alias");
        }

        var tidy = TermText.Tidy(text);
        return new CuratedSpelling(tidy, exact || TermText.IsShortName(TermText.Normalize(tidy)));
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(CuratedList).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"embedded resource {ResourcePrefix}{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
