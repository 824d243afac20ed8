using System.Text.RegularExpressions;
using JobSkills.Postings;

namespace JobSkills.Skills;

/// <summary>
/// Finds the skills a posting names that the vocabulary does not know yet, from the way the posting
/// writes them rather than from a list:
/// <list type="bullet">
/// <item>items of enumerations ("experience with X, Y and Z", "such as X, Y or Z", "(X, Y, Z)",
/// "Tech stack: X, Y, Z"): an item is taken when the enumeration shows it is a skill, that is when a
/// neighbouring item is a known term, or the list spells out a known term written before its parenthesis, colon,
/// "such as" or "including" (perhaps with a generic word after it: "Kubernetes security experience (pod security
/// standards, network policies)", "classical computer vision: camera models, epipolar geometry"), or, in the requirements
/// and responsibilities, when the item is written as a name (inner capitals, digits, "+", "#", an
/// acronym, a capitalised word inside a sentence);</item>
/// <item>"Long Name (ACR)" pairs in the requirements and responsibilities;</item>
/// <item>standards by their number ("ISO 26262", "IEC 62304", "DO-178C");</item>
/// <item>product names with inner capitals ("KServe", "GStreamer", "DESeq2") in the requirements
/// and responsibilities;</item>
/// <item>what the requirements ask experience with, in two or three plain words ("experience with preference tuning");</item>
/// <item>unknown acronyms and lower-case practice names in the requirements and responsibilities
/// (PostingTermExtractor.Forms.cs).</item>
/// </list>
/// Items are cleaned (no determiners, no trailing version number: "Isaac Sim 4" gives "Isaac Sim"; a name
/// before a describing word, when written as a name: "YOLO-family detectors" gives "YOLO")
/// and filtered like outline candidates (<see cref="TermFilter"/>, not-skills.txt: places, employers,
/// conferences, degrees, generic words). Benefits, pay and legal text are never read; the opening
/// "about" text and sections of unknown kind give only items that a known neighbour vouches for.
/// Pure and deterministic.
/// </summary>
internal static partial class PostingTermExtractor
{
    private const int MaxItemWords = 4;
    private const int MaxLowerItemWords = 3;

    /// <summary>
    /// Words after which the rest of a list's first item names the thing: "experience with Scala". The outline's
    /// lead-ins, and the verbs a posting writes before its lists ("include", "needs", "know").
    /// </summary>
    private static readonly HashSet<string> LeadIns = new(
        OutlineTermExtractor.LeadInWords.Concat(["across", "around", "under", "over", "is", "are", "include", "includes", "needs", "need", "know"]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Words dropped at the start of an item: "a state management library", "our Snowflake warehouse".</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "our", "your", "their", "its", "his", "her", "some", "any", "modern", "strong", "solid", "good",
        "basic", "advanced", "either", "both", "other", "e.g.", "e.g", "i.e.", "i.e", "eg", "ie", "etc", "etc.", "also", "even",
        "especially", "mostly", "mainly", "ideally", "preferably", "particularly", "then", "plus", "one", "least", "sufficient",
        "proper", "adequate",
    };

    /// <summary>Inner-capital words that name people, companies, degrees or devices rather than skills.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "PhD", "PhDs", "MSc", "BSc", "MEng", "BEng", "DPhil", "MPhil", "MBA", "MSEE", "BSEE", "MSCS", "BSCS", "iPhone", "iPad", "iPod",
        "MacBook", "iMac", "iCloud", "YouTube", "LinkedIn", "PayPal", "WhatsApp", "TikTok", "FedEx", "JPMorgan", "BlackRock",
        "McKinsey", "DoorDash", "eBay", "OpenAI", "DeepMind", "HuggingFace", "SpaceX", "WeWork", "AirPods", "PlayStation", "McDonald",
        "DevDay", "TechCrunch", "GitHubber", "OnSite", "LeetCode", "HackerRank", "CodeSignal", "HireVue", "GlassDoor", "Glassdoor",
    };

    private enum Strength
    {
        None,

        /// <summary>About and unknown sections: only items a known neighbour vouches for.</summary>
        Weak,

        /// <summary>Requirements, preferences and responsibilities: names too.</summary>
        Strong,
    }

    private enum ItemKind
    {
        Known,
        ContainsKnown,
        Unknown,
    }

    /// <summary>An item of a list; <paramref name="Cut"/> when it was cut out of a longer segment that runs on into the sentence.</summary>
    private sealed record Item(string Text, ItemKind Kind, bool AtClauseStart, bool Cut = false);

    /// <summary>A term found in the posting: its spelling and, for a pair, its short form; or, with <paramref name="Of"/>, another name of that known term.</summary>
    internal readonly record struct Found(string Text, string? Alias, VocabularyTerm? Of = null);

    /// <summary>
    /// The terms these lines name that <paramref name="known"/> (the vocabulary's matches in a text) does not find, as
    /// vocabulary terms of <see cref="TermSource.Posting"/>; and the names the posting gives known terms in a pair
    /// ("MPC" in "model predictive control (MPC)"), which hold in this posting only.
    /// </summary>
    public static (List<VocabularyTerm> Terms, List<(VocabularyTerm Term, TermSpelling Spelling)> Names) Extract(
        IEnumerable<(SectionKind Kind, string Text)> lines, Func<string, List<SkillMatch>> known, CuratedList curated, Func<string, bool>? isHeadWord = null)
    {
        isHeadWord ??= _ => false;
        var found = new List<Found>();
        foreach (var (kind, text) in lines)
        {
            var strength = StrengthOf(kind);
            if (strength == Strength.None || text.Length < 2)
            {
                continue;
            }

            ReadLine(text, strength, known, curated, isHeadWord, found);
        }

        var terms = new List<VocabularyTerm>();
        var names = new List<(VocabularyTerm Term, TermSpelling Spelling)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, alias, of) in found)
        {
            var name = TermSpelling.Of(text, caseSensitive: true);
            if (of is not null)
            {
                if (keys.Add(TermText.KeyOf(name.Text, caseSensitive: false)))
                {
                    names.Add((of, TermSpelling.Of(text, caseSensitive: Acronyms.IsShortForm(text))));
                }

                continue;
            }

            if (!keys.Add(TermText.KeyOf(name.Text, caseSensitive: false)))
            {
                continue;
            }

            var aliases = new List<TermSpelling>();
            if (alias is not null && keys.Add(TermText.KeyOf(alias, caseSensitive: false)))
            {
                aliases.Add(TermSpelling.Of(alias, caseSensitive: true));
            }

            terms.Add(new VocabularyTerm(name, TermSource.Posting, aliases));
        }

        return (terms, names);
    }

    private static Strength StrengthOf(SectionKind kind) => kind switch
    {
        SectionKind.Required or SectionKind.Preferred or SectionKind.Responsibilities => Strength.Strong,
        SectionKind.About or SectionKind.Other => Strength.Weak,
        _ => Strength.None,
    };

    private static void ReadLine(string line, Strength strength, Func<string, List<SkillMatch>> known, CuratedList curated, Func<string, bool> isHeadWord, List<Found> found)
    {
        var firstOfLine = found.Count;
        foreach (Match standard in Standard().Matches(line))
        {
            found.Add(new Found(TermText.Tidy(standard.Value), null));
        }

        if (strength == Strength.Strong)
        {
            AddPairs(line, known, curated, found);
            foreach (Match name in InnerCapitals().Matches(line))
            {
                var text = name.Value.TrimEnd('.');
                if (!NotNames.Contains(text) && !curated.IsNotSkill(text) && Classify(text, known) == ItemKind.Unknown)
                {
                    found.Add(new Found(text, null));
                }
            }
        }

        foreach (var clause in ClauseBreak().Split(line))
        {
            ReadClause(clause, strength, known, curated, found);
        }

        if (strength == Strength.Strong)
        {
            AddAcronyms(line, known, curated, found, firstOfLine);
            AddPracticeNames(line, known, curated, isHeadWord, found);
        }
    }

    /// <summary>
    /// "protected health information (PHI)", "SAST (static application security testing)": a long form and its short form.
    /// Both unknown, they make a term when the long form reads as one; one known, the other is its name in this posting.
    /// </summary>
    private static void AddPairs(string line, Func<string, List<SkillMatch>> known, CuratedList curated, List<Found> found)
    {
        for (var open = line.IndexOf('('); open > 0; open = line.IndexOf('(', open + 1))
        {
            var close = line.IndexOf(')', open);
            var inside = close > open ? line[(open + 1)..close].Trim() : "";
            string acronym, longForm;
            if (Acronyms.IsShortForm(inside) && Acronyms.LongFormFromWords(line[..open], inside) is { } before)
            {
                (acronym, longForm) = (inside, before);
            }
            else if (LastWord(line[..open]) is { } word && Acronyms.IsShortForm(word) && Acronyms.LongForm(inside, word) is { } after
                && TermText.Normalize(after) == TermText.Normalize(inside))
            {
                (acronym, longForm) = (word, inside);
            }
            else
            {
                continue;
            }

            var name = Clean(longForm);
            if (name.Length == 0)
            {
                continue;
            }

            var longTerm = KnownTerm(name, known);
            var shortTerm = KnownTerm(acronym, known);
            var readsAsTerm = TermFilter.Refuse(TermText.Normalize(name), CandidateOrigin.Item, isLongForm: true, curated, NoWords) is null;
            if (longTerm is null && shortTerm is null && readsAsTerm && Classify(name, known) == ItemKind.Unknown && Classify(acronym, known) == ItemKind.Unknown)
            {
                found.Add(new Found(name, acronym));
            }
            else if (longTerm is not null && Classify(acronym, known) == ItemKind.Unknown && !curated.IsNotSkill(acronym))
            {
                found.Add(new Found(acronym, null, longTerm));
            }
            else if (shortTerm is not null && Classify(name, known) == ItemKind.Unknown && readsAsTerm)
            {
                found.Add(new Found(name, null, shortTerm));
            }
        }
    }

    /// <summary>The term of the vocabulary that is this whole text, or null.</summary>
    private static VocabularyTerm? KnownTerm(string text, Func<string, List<SkillMatch>> known)
    {
        const string before = "with ";
        var matches = known(before + text);
        return matches.Count == 1 && matches[0].Start == before.Length && matches[0].Length == text.Length ? matches[0].Term : null;
    }

    /// <summary>The last word of a text, without the spaces after it; null when it is not followed only by spaces.</summary>
    private static string? LastWord(string text) => text.TrimEnd() is { Length: > 0 } trimmed ? TermText.LastWord(trimmed) : null;

    /// <summary>
    /// One clause: its parenthesised lists first (explaining the term before them), then the lists after
    /// an introducer or a colon, then the rest as a list of its own.
    /// </summary>
    private static void ReadClause(string clause, Strength strength, Func<string, List<SkillMatch>> known, CuratedList curated, List<Found> found)
    {
        var rest = clause;
        var explained = new List<string>();
        foreach (Match group in Parenthesized().Matches(clause))
        {
            explained.Add(clause[..group.Index].TrimEnd());
            var headKnown = EndsWithKnownTerm(clause[..group.Index], known, curated);
            ReadList(Introducer().Replace(group.Groups[1].Value, ""), isList: true, headKnown, strength, known, curated, found, atClauseStart: false);
            rest = rest.Replace(group.Value, " ", StringComparison.Ordinal);
        }

        var introducers = IntroducedList().Matches(rest);
        var from = 0;
        for (var i = 0; i <= introducers.Count; i++)
        {
            // Regions after the first follow "such as", "e.g.", "including", "like", a colon or "experience with": lists by
            // construction. After a colon, "such as" or "including", the list spells out what the words before it name
            // ("classical computer vision: camera models, epipolar geometry"): a known term there vouches for the items.
            var to = i < introducers.Count ? introducers[i].Index : rest.Length;
            // What experience is asked with, unless the item names the kind of what a list then spells out ("an architecture
            // pattern such as MVVM", "the common embedded buses (I2C, SPI)").
            var region = rest[from..to].TrimEnd();
            var spelledOut = (i < introducers.Count && !ExperienceWith().IsMatch(introducers[i].Value))
                || explained.Any(e => region.Length > 0 && e.EndsWith(region.Split(' ')[^1], StringComparison.Ordinal));
            var asked = i > 0 && ExperienceWith().IsMatch(introducers[i - 1].Value) && !spelledOut;
            var headKnown = i > 0 && !asked && EndsWithKnownTerm(rest[..introducers[i - 1].Index], known, curated);
            ReadList(rest[from..to], isList: i > 0, headKnown, strength, known, curated, found, atClauseStart: i == 0, asked);
            from = i < introducers.Count ? introducers[i].Index + introducers[i].Length : to;
        }
    }

    /// <summary>
    /// Whether the text ends with a known term, perhaps followed by a generic word or two ("Kubernetes security
    /// experience", "causal inference methods", "deep learning frameworks").
    /// </summary>
    private static bool EndsWithKnownTerm(string text, Func<string, List<SkillMatch>> known, CuratedList curated)
    {
        if (known(text) is not { Count: > 0 } matches)
        {
            return false;
        }

        var last = matches[^1];
        var after = text[(last.Start + last.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return after.Length <= 2 && after.All(w => curated.IsNotSkill(w) || TermFilter.IsEdgeWord(w));
    }

    /// <summary>The items of a list and which of them are skills the vocabulary does not know.</summary>
    private static void ReadList(string text, bool isList, bool headKnown, Strength strength, Func<string, List<SkillMatch>> known, CuratedList curated, List<Found> found, bool atClauseStart, bool asked = false)
    {
        var segments = Segments(text);
        if (segments.Count == 0 || (segments.Count == 1 && !isList))
        {
            return;
        }

        var items = new Item?[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            items[i] = ItemOf(segments[i], first: i == 0, last: i == segments.Count - 1 && (i > 0 || isList), isList, known, atClauseStart && i == 0);
        }

        // Employers, places and conferences listed together ("Lyft, Meta, GM, Samsung") are not a list of skills.
        if (items.Count(item => item is not null && curated.IsNotSkill(item.Text)) >= 2)
        {
            return;
        }

        // A list of short items only (not prose that happens to follow a colon): any known item vouches for the others.
        var clean = isList && items.All(item => item is not null && (!item.Cut || item.Kind == ItemKind.Known));
        var anyKnown = headKnown || items.Any(item => item?.Kind == ItemKind.Known);
        var enumerated = items.Count(item => item is not null) >= 2 || isList;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item || !(item.Kind == ItemKind.Unknown || (item.Kind == ItemKind.ContainsKnown && Refines(item, known, curated))))
            {
                continue;
            }

            // A known neighbour vouches for an item; in an introduced or parenthesised list, any known item does.
            var vouched = (clean && anyKnown) || IsKnown(items, i - 1) || IsKnown(items, i + 1);
            var named = IsWrittenAsName(item) && enumerated && strength == Strength.Strong;

            // What the requirements ask experience with, in two or three plain words: "experience with preference tuning".
            var askedFor = asked && strength == Strength.Strong && item.Text.Split(' ') is { Length: 2 or 3 } words && !Settings.Contains(words[^1]);
            if ((vouched || named || askedFor) && Accept(item.Text, vouched && !item.Cut, explained: clean && headKnown, curated))
            {
                found.AddRange(SplitAcronymPairs(item.Text).Select(part => new Found(part, null)));
            }
        }
    }

    /// <summary>Where experience is had rather than what it is in: "a cross-functional setting", "regulated industries".</summary>
    private static readonly HashSet<string> Settings = new(StringComparer.OrdinalIgnoreCase)
    {
        "setting", "settings", "environment", "environments", "context", "contexts", "industry", "industries", "company", "companies",
        "organization", "organizations", "organisation", "organisations", "startup", "startups", "field", "fields", "sector", "sectors",
        "business", "businesses", "market", "markets", "world", "space", "spaces", "codebase", "codebases",
    };

    private static bool IsKnown(Item?[] items, int i) => i >= 0 && i < items.Length && items[i]?.Kind == ItemKind.Known;

    /// <summary>
    /// An item that names a kind of one known term: specific words before it ("epipolar geometry" for "geometry"), or a
    /// name that goes on after it ("Framer Motion" for "Framer"). Found in this posting, it wins over the shorter term.
    /// </summary>
    private static bool Refines(Item item, Func<string, List<SkillMatch>> known, CuratedList curated)
    {
        var matches = MatchesInSentence(item.Text, known);
        if (matches.Count != 1)
        {
            return false;
        }

        var start = matches[0].Start;
        var end = start + matches[0].Length;
        var words = item.Text.Split(' ');
        if (end == item.Text.Length && start > 0)
        {
            return IsRefining(item.Text[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries)) && !curated.IsNotSkill(item.Text[..start].Trim());
        }

        return start == 0 && end < item.Text.Length && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    /// <summary>
    /// One or two plain lower-case words that make a known term more specific ("epipolar" geometry). Not a hyphenated
    /// adjective ("open-weight LLMs", "large-scale Spark"), a determiner ("strong", "modern") or a requirement word.
    /// </summary>
    private static bool IsRefining(string[] modifiers) =>
        modifiers.Length is 1 or 2 && modifiers.All(w => w.Length > 2 && w.All(char.IsLower) && !Determiners.Contains(w) && !TermFilter.IsLeadInWord(w)
            && !TermFilter.IsEdgeWord(w) && !TermFilter.IsSentenceWord(w) && !LeadIns.Contains(w));

    /// <summary>
    /// The item a segment holds: a middle segment whole; the first from its last lead-in word on ("experience
    /// with Scala"), or its known term or name at the end; the last up to the end of its known term, name or
    /// first function word ("variant calling on data from …" gives "variant calling").
    /// </summary>
    private static Item? ItemOf(string segment, bool first, bool last, bool isList, Func<string, List<SkillMatch>> known, bool atClauseStart)
    {
        var words = TermText.Tidy(segment).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = string.Join(' ', words);
        var found = words.Length > 1 ? known(phrase) : [];
        if (first && found.Count > 0 && found[^1].Start + found[^1].Length == phrase.Length
            && !(isList && found.Count == 1 && IsRefining(phrase[..found[0].Start].Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        {
            // "Ability to read schematics": the first item ends the segment.
            return new Item(found[^1].Text, ItemKind.Known, false, Cut: true);
        }

        if (last && found.Count > 0 && found[0].Start == 0)
        {
            // "variant calling on data from …": the last item starts it.
            return new Item(found[0].Text, ItemKind.Known, atClauseStart, Cut: true);
        }

        var start = 0;
        if (first && !isList)
        {
            var leadIn = Array.FindLastIndex(words, w => LeadIns.Contains(w));
            if (leadIn >= 0)
            {
                start = leadIn + 1;
                atClauseStart = false;
            }
            else if (atClauseStart && words.Length > 1 && TermFilter.IsLeadInWord(words[0]) && !Determiners.Contains(words[1]) && !TermFilter.IsLeadInWord(words[1]))
            {
                // "Implement cell monitoring, cell balancing and …": the verb that opens the sentence leads into its list.
                start = 1;
                atClauseStart = false;
            }
            else if (words.Length > 1)
            {
                // No lead-in ("Design, build and operate …", "Perform quality control"): only a name at the end (a known term
                // there was taken above).
                var names = Enumerable.Reverse(words).TakeWhile(IsNameToken).Take(MaxItemWords).Count();
                if (names == 0)
                {
                    return null;
                }

                var name = Clean(string.Join(' ', words[^names..]));
                return name.Length == 0 ? null : new Item(name, Classify(name, known), false, Cut: true);
            }
        }

        while (start < words.Length && Determiners.Contains(words[start]))
        {
            start++;
            atClauseStart = false;
        }

        var rest = words[start..];
        if (rest.Length == 0)
        {
            return null;
        }

        if (rest.Length > MaxItemWords || (last && rest.Length > MaxLowerItemWords && !rest.All(IsNameToken)))
        {
            if (!last)
            {
                return null;
            }

            // The last item runs on into the sentence: keep its known term, its name, or its words up to a function word.
            var names = rest.TakeWhile(IsNameToken).Take(MaxItemWords).Count();
            var plain = rest.TakeWhile(w => !TermFilter.IsEdgeWord(w) && !TermFilter.IsSentenceWord(w) && !LeadIns.Contains(w)).Count();
            var take = names > 0 ? names : plain;
            if (take == 0 || (take > MaxLowerItemWords && names == 0))
            {
                return null;
            }

            var cut = Clean(string.Join(' ', rest[..take]));
            return cut.Length == 0 ? null : new Item(cut, Classify(cut, known), atClauseStart, Cut: true);
        }

        var whole = string.Join(' ', rest);
        if (Standard().IsMatch(whole))
        {
            // "ISO 27001": read as a standard (its number is not a version to drop).
            return new Item(whole, ItemKind.Known, atClauseStart);
        }

        var text = Clean(whole);
        return text.Length == 0 ? null : new Item(text, Classify(text, known), atClauseStart);
    }

    /// <summary>Known when one term of the vocabulary is the whole item; contains a known term when one is inside.</summary>
    private static ItemKind Classify(string text, Func<string, List<SkillMatch>> known)
    {
        var matches = MatchesInSentence(text, known);
        if (matches.Count == 0)
        {
            return ItemKind.Unknown;
        }

        return matches.Count == 1 && matches[0].Start == 0 && matches[0].Length == text.Length ? ItemKind.Known : ItemKind.ContainsKnown;
    }

    /// <summary>
    /// The vocabulary's matches in a text read as inside a sentence, after "with " (so that a name that is also a word,
    /// "Go", is found), with their starts counted from the text's own start.
    /// </summary>
    private static List<SkillMatch> MatchesInSentence(string text, Func<string, List<SkillMatch>> known)
    {
        const string before = "with ";
        return known(before + text).Where(m => m.Start >= before.Length).Select(m => m with { Start = m.Start - before.Length }).ToList();
    }

    /// <summary>
    /// Whether an item is written as a name: a token with a capital after its first letter, a digit, "+", "#" or
    /// an inner dot ("MobX", "k6", "C++", "Node.js"), or a capitalised word that does not start the sentence.
    /// </summary>
    private static bool IsWrittenAsName(Item item)
    {
        var tokens = item.Text.Split(' ');
        if (tokens.Any(t => t.Skip(1).Any(char.IsUpper) || t.Any(char.IsDigit) || t.IndexOfAny(['+', '#']) >= 0 || (t.Length > 2 && t.IndexOf('.', 1) is > 0 and var dot && dot < t.Length - 1)))
        {
            return true;
        }

        return char.IsUpper(item.Text[0]) && !item.AtClauseStart;
    }

    private static bool IsNameToken(string token) => OutlineTermExtractor.IsNameToken(token);

    /// <summary>
    /// Whether an unknown item reads as a term (<see cref="TermFilter"/> with no outline word counts).
    /// A single lower-case word ("datasheets", "quantification") is a term only where a known neighbour vouches for it.
    /// </summary>
    private static bool Accept(string text, bool vouched, bool explained, CuratedList curated)
    {
        var normalized = TermText.Normalize(text);
        var tokens = normalized.Split(' ');
        if (tokens.Length > (tokens.Any(t => t.Any(char.IsUpper)) ? MaxItemWords : MaxLowerItemWords)
            || TermFilter.IsLeadInWord(tokens[0]) || tokens.Any(TermFilter.IsSentenceWord) || TermFilter.IsRoleWord(tokens[^1])
            || NotNames.Contains(tokens[0]) || (char.IsUpper(tokens[0][0]) && curated.IsNotSkill(tokens[0]))
            || (tokens.Length > 2 && tokens[1..^1].Any(TermFilter.IsEdgeWord) && !tokens.All(t => IsNameToken(t) || TermFilter.IsEdgeWord(t)))
            || tokens.Any(t => Month().IsMatch(t)) || NumberWithUnit().IsMatch(tokens[0]) || tokens.Any(t => t is "below" or "above" or "beyond" or "etc" or "later" or "earlier" or "newer" or "higher" or "greater"))
        {
            return false;
        }

        var refusal = TermFilter.Refuse(normalized, CandidateOrigin.List, isLongForm: false, curated, NoWords);
        // A participle may open a term in a list that spells out a known term ("causal inference methods: interrupted
        // time series"); elsewhere it, like a gerund, rather opens a clause ("tested analysis code", "meeting deadlines").
        return refusal is null
            || (refusal == TermFilter.OrdinaryWord && vouched && tokens.Length == 1 && tokens[0].Length > 3)
            || (refusal == TermFilter.Clause && explained && tokens[0].EndsWith("ed", StringComparison.Ordinal))
            || (refusal == TermFilter.TooFewLetters && ShortName().IsMatch(normalized));
    }

    /// <summary>The segments of a list: split at commas outside brackets, "and", "or", "and/or", "&amp;" and slashes between names.</summary>
    private static List<string> Segments(string text) =>
        OutlineTermExtractor.SplitOutsideParentheses(text, ',')
            .SelectMany(s => Conjunction().Split(s))
            .SelectMany(OutlineTermExtractor.SplitSlashes)
            .SelectMany(SplitAcronymPairs)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>
    /// "FFT/IFFT", "SAST/DAST", "TCP/UDP": acronyms of three letters or more joined by a slash are items of their own;
    /// "CI/CD", "TCP/IP", "UI/UX" (a part of two letters) stay one name.
    /// </summary>
    private static IEnumerable<string> SplitAcronymPairs(string segment)
    {
        var trimmed = segment.Trim();
        var parts = trimmed.Split('/');
        return parts.Length > 1 && !trimmed.Contains(' ') && parts.All(p => p.Length >= 3 && Acronyms.IsShortForm(p)) ? parts : [segment];
    }

    /// <summary>An item without list punctuation, quotes, "etc." and a trailing version number ("Python 3", "WCAG 2.2").</summary>
    private static string Clean(string text)
    {
        var cleaned = OutlineTermExtractor.Clean(text);
        var version = TrailingVersion().Match(cleaned);
        cleaned = version.Success && version.Index > 1 ? cleaned[..version.Index].TrimEnd() : cleaned;

        // "YOLO-family detectors", "RetinaNet-style models": the name is what comes before the describing
        // word. Only a name written as one (capitals or digits): "graph-based" is not the term "graph".
        var described = DescribedName().Match(cleaned);
        var name = described.Groups[1].Value;
        return described.Success && SkillMatcher.IsHyphenModifier(described.Groups[2].Value) && name.Any(c => char.IsUpper(c) || char.IsDigit(c))
            ? name
            : cleaned;
    }

    private static readonly WordUsage NoWords = new();

    [GeneratedRegex(@"[.;!?](?:\s+|$)|\s+[-–—]\s+|(?<=\w)—(?=\w)")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\(([^()]{1,200})\)")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^\s*(?:e\.g\.,?|i\.e\.,?|such\s+as|like|including|for\s+example,?|especially|namely|mainly|we\s+use|using|incl\.)[,:]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Introducer();

    /// <summary>
    /// What introduces a list of skills: "such as", "e.g.", "including", "like", a colon, or a skill phrase
    /// ("experience with", "proficiency in", "knowledge of", "familiarity with", "fluency in").
    /// </summary>
    [GeneratedRegex(@"\b(?:such\s+as|e\.g\.,?|including|for\s+example,?|especially|namely|like)\s+|:\s+|\b(?:experience|experienced|expertise|proficiency|proficient|familiarity|familiar|fluency|fluent|knowledge|understanding|skills?|background|exposure|comfort|comfortable|hands-on)\s+(?:with|in|of|using)\s+(?:(?:one|two|some|any|all|each|most|either)\s+(?:or\s+more\s+)?(?:of\s+)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedList();

    /// <summary>An introducer that opens a list of what the candidate knows rather than spelling out the words before it.</summary>
    [GeneratedRegex(@"^(?:experience|experienced|expertise|proficiency|proficient|familiarity|familiar|fluency|fluent|knowledge|understanding|skills?|background|exposure|comfort|comfortable|hands-on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExperienceWith();

    [GeneratedRegex(@"\s+(?:and/or|and|or|&|nor)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Conjunction();

    /// <summary>"k6", "R2": a letter and a digit.</summary>
    [GeneratedRegex(@"^[A-Za-z]\d$")]
    private static partial Regex ShortName();

    /// <summary>"7nm", "10x", "401k": a number with a unit, not a name.</summary>
    [GeneratedRegex(@"^(?:\d+[a-z]*|\d+[.,]\d+[A-Za-z%]*|\d+[KMB]\+?)$")]
    private static partial Regex NumberWithUnit();

    /// <summary>A name, a hyphen and a word after it ("YOLO-family …"), at the start of an item.</summary>
    [GeneratedRegex(@"^([\w+#.]{2,})[-\u2010\u2011]([a-z]+)\b")]
    private static partial Regex DescribedName();

    [GeneratedRegex(@"\s+v?\d+(?:\.\d+)*[a-z]?$")]
    private static partial Regex TrailingVersion();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Fall|Autumn|Winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")]
    private static partial Regex Month();

    /// <summary>A standard by its number: "ISO 26262", "ISO/IEC 27001", "IEC 62304", "IEEE 802.11", "DO-178C", "NIST SP 800-53".</summary>
    [GeneratedRegex(@"\b(?:ISO(?:/IEC)?|IEC|IEEE|DO|MIL-STD|NIST(?:\s+SP)?|SAE|ANSI|RFC|IPC|JEDEC|ASTM|AEC|3GPP\s+TS|ETSI(?:\s+(?:TS|EN))?)[\s-]?\d{2,6}(?:[-.:]\d+)*(?:-?[A-Z](?![a-z]))?")]
    private static partial Regex Standard();

    /// <summary>Product names with capitals inside: "KServe", "GStreamer", "DESeq2", "scVI", "eBPF".</summary>
    [GeneratedRegex(@"(?<![\w.+#/-])(?:[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]{2,}[A-Za-z0-9]*)(?![\w+#/-])")]
    private static partial Regex InnerCapitals();
}
