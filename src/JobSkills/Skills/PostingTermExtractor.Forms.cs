using System.Text.RegularExpressions;

namespace JobSkills.Skills;

/// <summary>
/// Terms a posting shows by their form rather than by a list around them: unknown acronyms in the requirements
/// ("ASIL", "MVVM") and lower-case practice names whose action noun heads known terms ("cell balancing").
/// </summary>
internal static partial class PostingTermExtractor
{
    /// <summary>
    /// A practice named by what it acts on and a noun of action that heads known terms ("cell balancing" as "load
    /// balancing", "toil reduction" as "noise reduction", "workflow orchestration"), written in lower case in the
    /// requirements and responsibilities. The words before the action noun are nouns, not adjectives, adverbs, verbs or
    /// determiners, as far as their endings and the word lists tell.
    /// </summary>
    private static void AddPracticeNames(string line, Func<string, List<SkillMatch>> known, CuratedList curated, Func<string, bool> isHeadWord, List<Found> found)
    {
        foreach (Match compound in PracticeName().Matches(line))
        {
            var words = compound.Value.Split(' ');
            if (!isHeadWord(words[^1]) || words[^1].EndsWith("thing", StringComparison.Ordinal))
            {
                continue;
            }

            var from = words.Length - 1;
            while (from > 0 && from > words.Length - 3 && IsObjectNoun(words[from - 1], curated))
            {
                from--;
            }

            // After "that", "to" or "you" the first word is a verb: "pipelines that move transaction data", "you change anything".
            var previous = from > 0 ? words[from - 1] : LastWord(line[..compound.Index]) ?? "";
            if (VerbIntroducers.Contains(previous))
            {
                from++;
            }

            if (from == words.Length - 1)
            {
                continue;
            }

            var text = string.Join(' ', words[from..]);
            if (Classify(text, known) == ItemKind.Unknown && !curated.IsNotSkill(text)
                && TermFilter.Refuse(TermText.Normalize(text), CandidateOrigin.List, isLongForm: false, curated, NoWords) is null)
            {
                found.Add(new Found(text, null));
            }
        }
    }

    /// <summary>Words after which a sentence goes on with a verb.</summary>
    private static readonly HashSet<string> VerbIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "to", "will", "would", "can", "could", "should", "must", "may", "might", "you", "we", "they", "i",
        "he", "she", "it", "never", "always", "also", "often", "then",
    };

    private static bool IsObjectNoun(string word, CuratedList curated) =>
        word.Length > 2 && word.All(c => char.IsLower(c) || c == '-') && !word.EndsWith('-')
        && !(word.EndsWith('s') && TermFilter.IsLeadInWord(word[..^1]))
        && !Determiners.Contains(word) && !LeadIns.Contains(word) && !TermFilter.IsEdgeWord(word) && !TermFilter.IsSentenceWord(word)
        && !TermFilter.IsLeadInWord(word) && !NotObjectNouns.Contains(word) && !AdjectiveOrVerbEnding().IsMatch(word)
        && !(curated.IsNotSkill(word) && !word.Contains('-'));

    /// <summary>Common adjectives and verbs whose endings do not show it: "a single equation", "enjoy reading".</summary>
    private static readonly HashSet<string> NotObjectNouns = new(StringComparer.Ordinal)
    {
        "single", "few", "many", "new", "old", "big", "small", "large", "high", "low", "fast", "slow", "real", "hard", "soft",
        "full", "open", "main", "major", "minor", "common", "simple", "complex", "clear", "close", "deep", "wide", "long",
        "short", "early", "late", "right", "wrong", "true", "false", "bad", "best", "better", "same", "whole", "entire",
        "daily", "weekly", "live", "safe", "free", "broad", "rich", "harsh", "rough", "smooth", "tight", "loose", "heavy",
        "quick", "top", "key", "next", "last", "first", "own", "enjoy", "love", "accelerate", "speed", "keep", "make", "take",
        "give", "see", "find", "know", "teach", "lead", "need", "want", "like", "help", "get", "set", "put", "let", "go",
        "do", "try", "start", "stop", "join", "hate", "mean", "seem", "feel", "become", "remain", "stay", "one", "two", "three",
        "least", "most", "every", "each", "some", "all", "any", "several", "both", "other", "move", "change", "close", "add",
        "sufficient", "proper", "adequate",
    };

    /// <summary>
    /// An acronym the posting asks for names a skill far more often than not ("ASIL", "MVVM", "AOCV"); the exceptions
    /// (degrees, titles, business metrics such as MAU) are in not-skills.txt. One that is part of a longer name
    /// ("Zephyr RTOS", "MISRA C", "ISO 26262") is that name's, not a term of its own.
    /// </summary>
    private static void AddAcronyms(string line, Func<string, List<SkillMatch>> known, CuratedList curated, List<Found> found, int firstOfLine)
    {
        var acronyms = AllCapitals().Matches(line);
        if (acronyms.Count == 0)
        {
            return;
        }

        var matches = known(line);
        var names = found.Skip(firstOfLine).SelectMany(f => new[] { f.Text, f.Alias ?? "" }).Select(n => " " + n.Replace('/', ' ') + " ").ToList();
        foreach (Match acronym in acronyms)
        {
            var text = acronym.Value;
            var inKnown = matches.Any(m => m.Start <= acronym.Index && acronym.Index + acronym.Length <= m.Start + m.Length);
            if (!inKnown && !RomanNumeral().IsMatch(text) && !curated.IsNotSkill(text) && !NotNames.Contains(text)
                && !names.Any(n => n.Contains(" " + text + " ", StringComparison.Ordinal)))
            {
                found.Add(new Found(text, null));
            }
        }
    }

    /// <summary>An acronym of three to seven characters, capitals and digits with at least two capitals: "ASIL", "S32K", "AOCV" (of "AOCV/POCV").</summary>
    [GeneratedRegex(@"(?<![\w.+#&'-])(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z][A-Z0-9]{2,6}(?![\w+#&'-])")]
    private static partial Regex AllCapitals();

    [GeneratedRegex(@"^[IVXL]+$")]
    private static partial Regex RomanNumeral();

    /// <summary>Up to three lower-case words ending in a noun of action: "-ing", "-tion", "-sion", "-ment", "-ysis".</summary>
    [GeneratedRegex(@"(?<![\w-])(?:[a-z][a-z-]+ ){1,3}[a-z]{3,}(?:ing|tion|sion|ment|ysis)(?![\w-])")]
    private static partial Regex PracticeName();

    /// <summary>Endings of adjectives, adverbs and verb forms: "strong statistical", "quickly", "improved", "using".</summary>
    [GeneratedRegex(@"(?:ly|ive|al|ous|ful|ic|ical|able|ible|ed|ing|est|less|ary|ant|ent)$")]
    private static partial Regex AdjectiveOrVerbEnding();
}
