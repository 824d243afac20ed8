using System.Collections.Frozen;

namespace JobSkills.Postings;

/// <summary>
/// Splits a web page that was flattened into one run of text (every block glued to the next:
/// "…every day.DescriptionDescriptionAs an ML…", "…PyTorchStrong software…") back into lines.
/// <list type="number">
/// <item>Vocabulary headings glued into the run become heading lines; a heading repeated
/// straight after itself ("Minimum QualificationsMinimum Qualifications") counts once.</item>
/// <item>The text between them is cut where blocks were glued (<see cref="IsGlueBoundary"/>).</item>
/// <item>Page chrome is recognised by phrase (<see cref="PageChrome"/>) and by structure: a short
/// Title Case piece that occurs more than once (the title echoed by widgets, "Sign In").</item>
/// <item>Content starts at the first vocabulary heading or the first real sentence; what comes
/// before it is header text (title, location, menus) that only the facts extractor reads. Content
/// ends at a footer marker, or where a chrome piece is followed by another chrome or menu-like
/// piece, unless a heading with a sentence after it comes later (then the posting resumes there).</item>
/// </list>
/// </summary>
internal static class FlattenedTextSplitter
{
    /// <summary>
    /// CamelCase names whose inner capital is not a glue point. Only names with three or more
    /// lower-case letters before an inner capital need to be here; shorter ones ("PyTorch",
    /// "GitHub", "iPhone") are never split.
    /// </summary>
    private static readonly string[] CompoundNames =
    [
        "LinkedIn", "JavaScript", "TypeScript", "CoffeeScript", "ActionScript", "PostScript", "TensorFlow",
        "TensorBoard", "PowerPoint", "PowerShell", "PowerApps", "SharePoint", "WordPress", "DeepMind", "DeepSpeed",
        "FaceTime", "HealthKit", "SwiftUI", "WebKit", "WebAssembly", "WebSocket", "OpenShift", "OpenStack",
        "OpenTelemetry", "OpenSearch", "CloudFormation", "CloudWatch", "CloudFlare", "CockroachDB", "ClickHouse",
        "ElasticSearch", "DataBricks", "DataDog", "SnowFlake", "ServiceNow", "SalesForce", "QuickBooks",
        "NetSuite", "PeopleSoft", "SuccessFactors", "WorkDay", "JetBrains", "IntelliJ", "PyCharm", "LightGBM",
        "HuggingFace", "LangChain", "LlamaIndex", "KubeFlow", "TeamCity", "CircleCI", "TravisCI", "BitBucket",
        "VirtualBox", "OneDrive", "OneNote", "RabbitMQ", "LogStash", "AutoCAD", "SolidWorks", "PlayStation",
        "WhatsApp", "SnapChat", "DocuSign", "DropBox", "FreshWorks", "ZenDesk", "MailChimp", "SendGrid",
        "TeamViewer", "StackOverflow", "LeetCode", "HackerRank", "DoorDash", "BlackRock", "DreamWorks",
        "SystemVerilog", "ScyllaDB", "InfluxDB", "DynamoDB", "MongoDB", "CouchDB", "RocksDB", "FoundationDB",
        "GoogleTest", "JUnit", "NUnit", "XUnit", "SageMaker", "QuickSight", "RedShift", "LabVIEW", "MicroStrategy",
    ];

    private static readonly FrozenDictionary<(char, char), (string Name, int Offset)[]> CompoundHumps = BuildCompoundHumps();

    private static readonly FrozenSet<string> Abbreviations = new[] { "dr", "mr", "mrs", "ms", "st", "jr", "sr", "no", "vs", "approx", "incl", "esp" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A long line with several glue points is a flattened page, not a paragraph.</summary>
    public static bool IsFlattened(string line)
    {
        if (line.Length < 300)
        {
            return false;
        }

        var glue = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (IsGlueBoundary(line, i))
            {
                glue++;
            }
        }

        return glue >= 3 && glue * 500 >= line.Length;
    }

    public static List<DraftLine> Split(string run)
    {
        var pieces = Pieces(run);
        var chrome = MarkChrome(pieces);
        var start = ContentStart(pieces, chrome);
        var kept = ContentPieces(pieces, chrome, start);

        var lines = new List<DraftLine>(pieces.Count);
        for (var i = 0; i < start; i++)
        {
            if (!PageChrome.IsChromePiece(pieces[i].Text))
            {
                lines.Add(new DraftLine(pieces[i].Text, LineRole.Header, Glued: true));
            }
        }

        for (var i = start; i < pieces.Count; i++)
        {
            if (kept[i] && !chrome[i])
            {
                lines.Add(new DraftLine(pieces[i].Text, pieces[i].IsHeading ? LineRole.Heading : LineRole.Paragraph, Glued: true));
            }
        }

        return lines;
    }

    /// <summary>
    /// True when position <paramref name="i"/> of <paramref name="text"/> is where two blocks were
    /// glued together:
    /// a lower-case word of three or more letters running into a capitalised word ("favoritesAdd",
    /// but not "PyTorch", "iPhone" or a listed name such as "LinkedIn"); an acronym running into a
    /// capitalised word of five or more letters ("CVMLExperience", but not "MLOps"); sentence
    /// punctuation with no space after it ("location.Apple", "field.3+ years", but not "e.g.On",
    /// "U.S.Army" or "3.5"); or a number of two or more digits running into a word ("200550562The").
    /// </summary>
    public static bool IsGlueBoundary(string text, int i)
    {
        if (i <= 0 || i >= text.Length)
        {
            return false;
        }

        var previous = text[i - 1];
        var current = text[i];
        var lowerAfter = i + 1 < text.Length && char.IsLower(text[i + 1]);
        if (char.IsLower(previous) && char.IsUpper(current) && lowerAfter)
        {
            return RunBefore(text, i, char.IsLower) >= 3 && !InsideCompound(text, i);
        }

        if (char.IsUpper(previous) && char.IsUpper(current) && lowerAfter)
        {
            return RunBefore(text, i, char.IsUpper) >= 2 && 1 + RunAfter(text, i + 1, char.IsLower) >= 5 && !InsideCompound(text, i);
        }

        if (previous is '.' or '?' or '!' && i >= 2)
        {
            var before = text[i - 2];
            // "apps.A portfolio", "now.I have": a one-letter word starts the next sentence too.
            var oneLetterWord = current is 'A' or 'I' && i + 1 < text.Length && text[i + 1] == ' ';
            if (char.IsUpper(current) && (lowerAfter || oneLetterWord))
            {
                return (char.IsLetterOrDigit(before) || before is ')' or '"' or '”' or '’') && !(previous == '.' && IsAbbreviation(text, i - 1));
            }

            return char.IsDigit(current) && RunBefore(text, i - 1, char.IsLetter) >= 2 && !IsAbbreviation(text, i - 1);
        }

        return char.IsDigit(previous) && char.IsUpper(current) && lowerAfter
            && RunBefore(text, i, char.IsDigit) >= 2 && 1 + RunAfter(text, i + 1, char.IsLower) >= 3;
    }

    /// <summary>Splits glued text into its pieces at every glue boundary.</summary>
    public static List<string> SplitAtGlue(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (IsGlueBoundary(text, i))
            {
                AddTrimmed(pieces, text[start..i]);
                start = i;
            }
        }

        AddTrimmed(pieces, text[start..]);
        return pieces;
    }

    /// <summary>
    /// Splits a piece into sentences (". " followed by a capital or a digit), keeping "e.g. X",
    /// "U.S. Army" and "Dr. Smith" together. Used for requirement lines cut out of flattened text,
    /// where one piece may hold several items.
    /// </summary>
    public static List<string> SplitSentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i - 1] is '.' or '?' or '!' && char.IsWhiteSpace(text[i])
                && (char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1]))
                && !(text[i - 1] == '.' && IsAbbreviation(text, i - 1)))
            {
                AddTrimmed(sentences, text[start..i]);
                start = i + 1;
            }
        }

        AddTrimmed(sentences, text[start..]);
        return sentences;
    }

    private sealed record Piece(string Text, bool IsHeading, SectionKind Kind);

    private static List<Piece> Pieces(string run)
    {
        var pieces = new List<Piece>();
        var position = 0;
        foreach (var (start, length, kind) in SectionHeadings.FindInRun(run))
        {
            pieces.AddRange(SplitAtGlue(run[position..start]).Select(text => new Piece(text, false, SectionKind.Other)));
            var heading = SectionHeadings.Clean(run.Substring(start, length));
            if (pieces.Count == 0 || !pieces[^1].IsHeading || pieces[^1].Text != heading)
            {
                pieces.Add(new Piece(heading, true, kind));
            }

            position = start + length;
        }

        pieces.AddRange(SplitAtGlue(run[position..]).Select(text => new Piece(text, false, SectionKind.Other)));

        // A piece that is a heading by itself ("About Zalando") and is followed by running text.
        for (var i = 0; i + 1 < pieces.Count; i++)
        {
            if (!pieces[i].IsHeading && IsSentence(pieces[i + 1].Text) && !pieces[i].Text.EndsWith('.')
                && SectionHeadings.WordCount(pieces[i].Text) <= 6 && SectionHeadings.Match(pieces[i].Text) is { } kind)
            {
                pieces[i] = new Piece(pieces[i].Text, true, kind);
            }
        }

        return pieces;
    }

    private static bool[] MarkChrome(List<Piece> pieces)
    {
        var repeats = pieces
            .Where(p => !p.IsHeading && IsShortTitleCase(p.Text))
            .GroupBy(p => p.Text, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return pieces.Select(p => !p.IsHeading && (PageChrome.IsChromePiece(p.Text) || repeats.Contains(p.Text))).ToArray();
    }

    private static int ContentStart(List<Piece> pieces, bool[] chrome)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i] is { IsHeading: true, Kind: not SectionKind.Other } || (!chrome[i] && IsSentence(pieces[i].Text)))
            {
                return i;
            }
        }

        return pieces.Count;
    }

    private static bool[] ContentPieces(List<Piece> pieces, bool[] chrome, int start)
    {
        var kept = new bool[pieces.Count];
        var i = start;
        while (i < pieces.Count)
        {
            if (!pieces[i].IsHeading && PageChrome.IsFooterMarker(pieces[i].Text))
            {
                break;
            }

            if (chrome[i] && i + 1 < pieces.Count && (chrome[i + 1] || IsMenuLike(pieces[i + 1])))
            {
                var resume = ResumeAfter(pieces, i);
                if (resume < 0)
                {
                    break;
                }

                i = resume;
                continue;
            }

            kept[i] = true;
            i++;
        }

        return kept;
    }

    /// <summary>The next heading with a sentence after it, before any footer marker; -1 when there is none.</summary>
    private static int ResumeAfter(List<Piece> pieces, int from)
    {
        for (var k = from + 1; k + 1 < pieces.Count; k++)
        {
            if (!pieces[k].IsHeading && PageChrome.IsFooterMarker(pieces[k].Text))
            {
                return -1;
            }

            if (pieces[k] is { IsHeading: true, Kind: not SectionKind.Other } && IsSentence(pieces[k + 1].Text))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsMenuLike(Piece piece) =>
        !piece.IsHeading
        && piece.Text.Length <= 40
        && SectionHeadings.WordCount(piece.Text) <= 4
        && !piece.Text.Contains(':', StringComparison.Ordinal)
        && !piece.Text.EndsWith('.');

    /// <summary>Eight or more words, at least 40% of them starting in lower case: running text, not a menu or a title.</summary>
    private static bool IsSentence(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 8 && words.Count(w => char.IsLower(w[0])) * 10 >= words.Length * 4;
    }

    private static bool IsShortTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 8)
        {
            return false;
        }

        var capitalised = words.Count(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]) || w is "and" or "of" or "the" or "in" or "at" or "for" or "to" or "a" or "an" or "or");
        return capitalised == words.Length;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var token = text[start..dot];
        if (token.Length == 0)
        {
            return false;
        }

        // "e.g", "i.e", "U.S": single letters between dots.
        var singleLetters = token.Split('.').All(part => part.Length == 1);
        return singleLetters || Abbreviations.Contains(token.ToLowerInvariant());
    }

    private static int RunBefore(string text, int end, Func<char, bool> test)
    {
        var count = 0;
        for (var i = end - 1; i >= 0 && test(text[i]); i--)
        {
            count++;
        }

        return count;
    }

    private static int RunAfter(string text, int start, Func<char, bool> test)
    {
        var count = 0;
        for (var i = start; i < text.Length && test(text[i]); i++)
        {
            count++;
        }

        return count;
    }

    private static bool InsideCompound(string text, int i)
    {
        if (!CompoundHumps.TryGetValue((text[i - 1], text[i]), out var names))
        {
            return false;
        }

        foreach (var (name, offset) in names)
        {
            var start = i - offset;
            if (start >= 0 && start + name.Length <= text.Length && string.CompareOrdinal(text, start, name, 0, name.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<(char, char), (string Name, int Offset)[]> BuildCompoundHumps()
    {
        var humps = new List<((char, char) Pair, string Name, int Offset)>();
        foreach (var name in CompoundNames)
        {
            for (var offset = 1; offset < name.Length; offset++)
            {
                if (char.IsUpper(name[offset]) && char.IsLetter(name[offset - 1]))
                {
                    humps.Add(((name[offset - 1], name[offset]), name, offset));
                }
            }
        }

        return humps.GroupBy(h => h.Pair).ToFrozenDictionary(g => g.Key, g => g.Select(h => (h.Name, h.Offset)).ToArray());
    }

    private static void AddTrimmed(List<string> pieces, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            pieces.Add(trimmed);
        }
    }
}
