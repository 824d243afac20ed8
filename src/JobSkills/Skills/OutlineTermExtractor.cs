using System.Text.RegularExpressions;
using JobSkills.Outline;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobSkills.Skills;

/// <summary>Where in the outline a candidate term was found; emphasis, links and headings are the author's own picks.</summary>
internal enum CandidateOrigin
{
    Heading = 1,
    Emphasis = 2,
    Link = 3,
    Item = 4,
    List = 5,
}

internal readonly record struct Candidate(string Text, CandidateOrigin Origin);

/// <summary>Two spellings of one term: "Natural Language Processing" and "NLP", or "X" and "Y" in "X, or Y".</summary>
internal readonly record struct AliasPair(string Name, string Alias, bool IsAcronym);

internal sealed class OutlineCandidates
{
    public List<Candidate> Names { get; } = [];
    public List<AliasPair> Pairs { get; } = [];
    public WordUsage Words { get; } = new();
}

/// <summary>
/// Reads term candidates out of an outline: heading titles, emphasised spans, link texts, short
/// bullets, the items of lists written inside sentences ("such as A, B, or C", "(A, B, C)"), and
/// "Long Name, ACRONYM" / "Long Name (ACRONYM)" pairs. It only proposes; <see cref="SkillVocabulary"/>
/// filters. Every candidate is cleaned (no markup, no trailing punctuation, no lead-in words).
/// </summary>
internal static partial class OutlineTermExtractor
{
    private const int MaxItemWords = 5;

    /// <summary>Words that start a description rather than another name in a comma list ("Gradle, for JVM software").</summary>
    private static readonly HashSet<string> DescriptionStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "for", "which", "based", "from", "used", "uses", "using", "including", "includes", "such", "e.g.", "i.e.",
        "with", "by", "to", "in", "on", "as", "that", "where", "when", "via", "formerly", "previously", "now", "part", "derived",
        "forked", "predecessor", "historic", "popular", "written", "built", "developed", "managed", "see", "also", "is", "are",
        "was", "it", "its", "this", "these", "supports", "like", "e.g", "i.e", "etc", "etc.", "especially", "mainly", "mostly",
    };

    /// <summary>Words after which the rest of a clause names the thing: "experience with Scala", "knowledge of Python".</summary>
    internal static readonly HashSet<string> LeadInWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "with", "in", "on", "using", "use", "as", "including", "about", "for", "from", "to", "into", "via", "through", "like",
    };

    public static OutlineCandidates Extract(OutlineTree tree)
    {
        var result = new OutlineCandidates();
        foreach (var node in tree.InDocumentOrder())
        {
            result.Words.Add(node.PlainText);
            if (node.IsPlaceholder || node.Kind == OutlineNodeKind.Block || (node.IsSkillSet && node.Kind == OutlineNodeKind.ListItem))
            {
                continue;
            }

            if (node.Kind == OutlineNodeKind.Heading)
            {
                AddHeading(result, node.PlainText);
                continue;
            }

            AddInlineSpans(result, node.Text);
            var plain = node.PlainText;
            if (node.Kind == OutlineNodeKind.ListItem && TermText.WordCount(TermText.Normalize(plain)) <= MaxItemWords)
            {
                AddPhrase(result, plain, CandidateOrigin.Item);
            }

            AddEmbeddedLists(result, plain);
        }

        return result;
    }

    private static void AddHeading(OutlineCandidates result, string title)
    {
        var subject = OutlineTopics.StripFacetPrefix(title).TrimEnd(':', ' ');

        // "Data Science + Data Engineering + DataOps", "Physical Design & Physical Synthesis":
        // parts of two words or more are separate fields ("Place & Route" is one name).
        var parts = HeadingJoiner().Split(subject);
        if (parts.Any(p => TermText.WordCount(TermText.Normalize(p)) < 2))
        {
            parts = [subject];
        }

        foreach (var part in parts)
        {
            AddPhrase(result, part, CandidateOrigin.Heading);
        }
    }

    /// <summary>Emphasised spans and link texts, found with the same inline-only Markdig pipeline that makes PlainText.</summary>
    private static void AddInlineSpans(OutlineCandidates result, string markdown)
    {
        if (markdown.IndexOfAny(['*', '_', '[']) < 0)
        {
            return;
        }

        var document = Markdown.Parse(markdown, InlineText.InlineOnlyPipeline);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            foreach (var inline in block.Inline.Descendants<ContainerInline>())
            {
                switch (inline)
                {
                    case EmphasisInline emphasis when emphasis.Parent is not EmphasisInline:
                        AddSpan(result, InlineText.ToPlainText(emphasis), CandidateOrigin.Emphasis);
                        break;
                    case LinkInline { IsImage: false } link:
                        AddSpan(result, InlineText.ToPlainText(link), CandidateOrigin.Link);
                        break;
                }
            }
        }
    }

    private static void AddSpan(OutlineCandidates result, string text, CandidateOrigin origin)
    {
        if (TermText.WordCount(TermText.Normalize(text)) <= MaxItemWords || text.Contains(','))
        {
            AddPhrase(result, text, origin);
        }

        AddEmbeddedLists(result, text);
    }

    /// <summary>
    /// A short phrase: a name, or a comma list of names, possibly "Long Name, ACRONYM",
    /// "Long Name (ACRONYM)" or "X, or Y", possibly followed by a description that is dropped.
    /// </summary>
    internal static void AddPhrase(OutlineCandidates result, string text, CandidateOrigin origin)
    {
        var phrase = text.Trim();
        if (origin == CandidateOrigin.Item && EndsLikeSentence(phrase))
        {
            return;
        }

        phrase = DescriptionSeparator().Split(phrase, 2)[0];
        string? previous = null;
        var first = true;
        foreach (var rawSegment in SplitOutsideParentheses(phrase, ',').SelectMany(SplitAlternatives))
        {
            var segment = rawSegment.Trim();
            var isAlternative = false;
            if (StartsWithWord(segment, "or"))
            {
                segment = segment[2..].TrimStart();
                isAlternative = true;
            }
            else if (StartsWithWord(segment, "and"))
            {
                segment = segment[3..].TrimStart();
            }

            if (!first && DescriptionStarters.Contains(FirstWord(segment)))
            {
                break;
            }

            first = false;
            var (name, acronym) = SplitParenthesizedAcronym(segment);
            name = Clean(name);
            if (name.Length == 0)
            {
                continue;
            }

            if (acronym is not null && Acronyms.LongForm(name, acronym) is { } longForm)
            {
                result.Names.Add(new Candidate(longForm, origin));
                result.Pairs.Add(new AliasPair(longForm, acronym, IsAcronym: true));
                previous = longForm;
                continue;
            }

            if (previous is not null && Acronyms.IsShortForm(name) && Acronyms.LongForm(previous, name) is { } pairedLong)
            {
                if (pairedLong != previous)
                {
                    result.Names.Add(new Candidate(pairedLong, origin));
                }

                result.Pairs.Add(new AliasPair(pairedLong, name, IsAcronym: true));
                continue;
            }

            result.Names.Add(new Candidate(name, origin));
            AddConjoinedNames(result, name);
            if (isAlternative && previous is not null)
            {
                result.Pairs.Add(new AliasPair(previous, name, IsAcronym: false));
            }
            else
            {
                previous = name;
            }
        }
    }

    /// <summary>
    /// Lists written inside longer text: "Long Name (ACR)" anywhere, parenthesised lists
    /// "(AWS, GCP, Azure)", lists after "such as", "e.g.", "including", "like" or a colon,
    /// and bare comma lists of three or more short items.
    /// </summary>
    internal static void AddEmbeddedLists(OutlineCandidates result, string text)
    {
        if (text.Length < 4)
        {
            return;
        }

        for (var open = text.IndexOf('('); open > 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            var acronym = close > open ? text[(open + 1)..close].Trim() : "";
            if (Acronyms.IsShortForm(acronym) && Acronyms.LongFormFromWords(text[..open], acronym) is { } longForm)
            {
                var cleaned = Clean(longForm);
                if (cleaned.Length > 0)
                {
                    result.Names.Add(new Candidate(cleaned, CandidateOrigin.List));
                    result.Pairs.Add(new AliasPair(cleaned, acronym, IsAcronym: true));
                }
            }
        }

        foreach (Match match in ParenthesizedGroup().Matches(text))
        {
            AddListItems(result, Introducer().Replace(match.Groups[1].Value, "", 1), requireNames: true);
        }

        foreach (Match match in IntroducedList().Matches(text))
        {
            var introducer = match.Groups["intro"].Value;
            var items = match.Groups["items"].Value;
            AddListItems(result, items, requireNames: introducer.Equals("like", StringComparison.OrdinalIgnoreCase) || introducer == ":");
        }

        if (text.Count(c => c == ',') < 2)
        {
            return;
        }

        foreach (var sentence in SentenceBreak().Split(text))
        {
            if (Boilerplate().IsMatch(sentence))
            {
                // Pay, places, benefits and legal text in the pasted postings: their lists are cities and products.
                continue;
            }

            var segments = SplitOutsideParentheses(sentence, ',');
            if (segments.Count >= 3 && segments.Skip(1).SkipLast(1).Count(s => TermText.WordCount(TermText.Normalize(s)) <= 3) * 5 >= (segments.Count - 2) * 3)
            {
                AddListItems(result, sentence, requireNames: false);
            }
        }
    }

    /// <summary>
    /// The items of a list: the middle ones whole, the first one from its last lead-in word on
    /// ("experience with Scala" gives "Scala"), the last one after "and"/"or", up to the end of its name.
    /// </summary>
    private static void AddListItems(OutlineCandidates result, string list, bool requireNames)
    {
        var segments = SplitOutsideParentheses(ListEnd().Split(list, 2)[0], ',')
            .SelectMany(s => ListConjunction().Split(s))
            .SelectMany(SplitSlashes)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();
        if (segments.Count < 2)
        {
            return;
        }

        for (var i = 0; i < segments.Count; i++)
        {
            var segment = InnerIntroducer().Split(segments[i]) is { Length: > 1 } afterIntroducer ? afterIntroducer[^1] : segments[i];
            var words = TermText.Tidy(segment).Split(' ');
            if (i == 0)
            {
                // The first item starts with the sentence: take it from its last lead-in word on
                // ("experience with Scala"), or else only a name at its end ("Enjoy Python").
                var leadIn = Array.FindLastIndex(words, w => LeadInWords.Contains(w));
                words = leadIn >= 0 ? words[(leadIn + 1)..] : words.Length > 1 && !requireNames ? TrailingNameRun(words) : words;
            }

            if (words.Length > 4 || (i == segments.Count - 1 && words.Length > 2 && !words.All(IsNameTokenOrConnector)))
            {
                // A long item: keep the name at the side that touches the list ("Cassandra and have some idea ...").
                words = i == 0 ? TrailingNameRun(words) : LeadingNameRun(words);
            }

            var item = Clean(string.Join(' ', words));
            if (item.Length == 0 || (requireNames && !item.Split(' ').All(IsNameTokenOrConnector)))
            {
                continue;
            }

            var (name, acronym) = SplitParenthesizedAcronym(item);
            result.Names.Add(new Candidate(acronym is null ? item : Clean(name), CandidateOrigin.List));
        }
    }

    /// <summary>"Caffe and Caffe2", "Frobnicator and Quux Toolkit": each side is a name too, when both are written as names.</summary>
    private static void AddConjoinedNames(OutlineCandidates result, string phrase)
    {
        var parts = phrase.Split(" and ");
        if (parts.Length > 1 && parts.All(p => p.Split(' ') is { Length: <= 3 } tokens && tokens.All(IsNameToken)))
        {
            result.Names.AddRange(parts.Select(p => new Candidate(p, CandidateOrigin.List)));
        }
    }

    /// <summary>"Kafka or Flink", "Xen or OpenXT": two names, when each side is short.</summary>
    private static IEnumerable<string> SplitAlternatives(string segment)
    {
        var parts = ListConjunctionOr().Split(segment);
        return parts.Length > 1 && parts.All(p => p.Trim().Length > 0 && TermText.WordCount(TermText.Normalize(p)) <= 3) ? parts : [segment];
    }

    internal static IEnumerable<string> SplitSlashes(string segment)
    {
        if (segment.Contains(" / ", StringComparison.Ordinal))
        {
            return segment.Split(" / ");
        }

        // "Vue.js/React", "MySQL/Data Lake/Redshift": slashes between names; "TCP/IP" and "CI/CD" stay whole.
        var parts = segment.Trim().Split('/');
        return parts.Length > 1 && parts.All(p => p.Length > 1 && p.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsNameToken))
            && parts.Any(p => p.Any(char.IsLower))
            ? parts
            : [segment];
    }

    private static string[] LeadingNameRun(string[] words) => words.TakeWhile(IsNameToken).Take(4).ToArray();

    private static string[] TrailingNameRun(string[] words) => Enumerable.Reverse(Enumerable.Reverse(words).TakeWhile(IsNameToken).Take(4).ToArray()).ToArray();

    /// <summary>A token that reads as (part of) a name: a capital letter, a digit, or a symbol such as "+" or "#" in it.</summary>
    internal static bool IsNameToken(string token) =>
        token.Length > 0 && (token.Any(char.IsUpper) || token.Any(char.IsDigit) || token.IndexOfAny(['+', '#']) >= 0 || (token.Length > 1 && token.IndexOf('.', 1) > 0 && char.IsLetter(token[^1])));

    private static bool IsNameTokenOrConnector(string token) => IsNameToken(token) || token is "of" or "for" or "and" or "&" or "the" or "on";

    /// <summary>Removes list markers, quotes, wrapping brackets, trailing punctuation, "etc." and a leading "(Applied)".</summary>
    internal static string Clean(string text)
    {
        var s = text.Trim();
        s = LeadingParenthetical().Replace(s, "");
        s = TrailingEtc().Replace(s, "");
        s = s.Trim().Trim('"', '\'', '“', '”', '‘', '’', '`', '*', '_').Trim();
        s = s.TrimEnd('.', ':', ';', ',', ' ', '-', '–', '—').TrimStart('-', '–', '—', ' ', '•');
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            s = s[1..^1].Trim();
        }

        if (StartsWithWord(s, "or") || StartsWithWord(s, "and"))
        {
            s = s[(s.IndexOf(' ') + 1)..].Trim();
        }

        return TermText.Tidy(s);
    }

    private static (string Name, string? Acronym) SplitParenthesizedAcronym(string segment)
    {
        var match = TrailingParenthesis().Match(segment);
        if (!match.Success)
        {
            return (segment, null);
        }

        var inner = match.Groups["inner"].Value.Trim();
        var name = segment[..match.Index].Trim();
        // "X (ACR)" is a pair; "X (a description)" is X.
        return (name, Acronyms.IsShortForm(inner) ? inner : null);
    }

    private static bool EndsLikeSentence(string phrase) =>
        phrase.EndsWith('.') && !phrase.EndsWith("etc.", StringComparison.OrdinalIgnoreCase) && !phrase.EndsWith("Inc.", StringComparison.Ordinal)
        || phrase.EndsWith('!') || phrase.EndsWith('?');

    private static bool StartsWithWord(string text, string word) =>
        text.Length > word.Length && text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[word.Length]);

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ');
        return space < 0 ? text : text[..space];
    }

    /// <summary>Splits at a separator that is not inside parentheses.</summary>
    internal static List<string> SplitOutsideParentheses(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                default:
                    if (text[i] == separator && depth == 0)
                    {
                        parts.Add(text[start..i]);
                        start = i + 1;
                    }

                    break;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    [GeneratedRegex(@"\s+(?:\+|&)\s+")]
    private static partial Regex HeadingJoiner();

    // " - ", " – ", " — " and ": " end a name and start its description.
    [GeneratedRegex(@"\s[-–—]\s|:\s|:$|\s=\s")]
    private static partial Regex DescriptionSeparator();

    [GeneratedRegex(@"\(([^()]{3,300})\)")]
    private static partial Regex ParenthesizedGroup();

    [GeneratedRegex(@"^\s*(?:e\.g\.|i\.e\.|such\s+as|like|including|for\s+example|especially|namely)[,:]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Introducer();

    [GeneratedRegex(@"(?:^|[\s(])(?<intro>such\s+as|e\.g\.,?|including|for\s+example,?|especially|namely|like|:)\s+(?<items>[^.;)]+(?:\.[\p{L}][^.;)]*)*)", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedList();

    [GeneratedRegex(@"[.;!?](?:\s+|$)|\s+[-–—]\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[$€£]\s?\d|\b(?:salary|salaries|compensation|benefits|locations?|located|offices?|headquarter(?:s|ed)|commute|relocat\w*|hub|cities|countries|equal\s+opportunity|employer|visa|insurance|holidays|PTO|stipend|customers|products|devices)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\s+(?:and/or|or|and)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListConjunction();

    [GeneratedRegex(@"(?<=\S)\s+(?:and/or|or)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex ListConjunctionOr();

    [GeneratedRegex(@"\b(?:such\s+as|e\.g\.,?|i\.e\.,?|including|for\s+example,?|especially|like)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex InnerIntroducer();

    [GeneratedRegex(@"[.;:)](?:\s|$)")]
    private static partial Regex ListEnd();

    [GeneratedRegex(@"^\([^)]*\)\s*")]
    private static partial Regex LeadingParenthetical();

    [GeneratedRegex(@"[,\s]*(?:etc\.?|\.\.\.|…)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingEtc();

    [GeneratedRegex(@"\s*\((?<inner>[^()]*)\)\s*$")]
    private static partial Regex TrailingParenthesis();
}
