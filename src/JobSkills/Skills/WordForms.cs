namespace JobSkills.Skills;

/// <summary>How a head noun relates to the verb it names.</summary>
internal enum HeadKind
{
    /// <summary>No verb: "vision", "science", "learning" (whose verb is too common to mean the skill).</summary>
    None,

    /// <summary>A suffix makes the noun: "calibration", "deployment", "analysis". The verb is never the noun.</summary>
    Derived,

    /// <summary>The gerund: "cleaning", "tracking". Its verb ("clean", "track") may also be a noun or an adjective.</summary>
    Gerund,

    /// <summary>Noun and verb alike: "design", "review", "test".</summary>
    Same,
}

/// <summary>
/// English word forms, by rule rather than from a dictionary, for matching terms as postings write
/// them: the verb a head noun names ("calibration" → "calibrate", "deployment" → "deploy",
/// "analysis" → "analyze"), a verb's inflections ("calibrating", "calibrated"), the noun a gerund
/// names ("testing" → "test"), and British and American spellings ("optimisation", "modelling",
/// "behaviour"). A rule may propose a form that is not a word ("calibr", "teste"); that is harmless,
/// because the forms are only ever looked for in text, and nobody writes them.
/// </summary>
internal static class WordForms
{
    /// <summary>Nouns that are also the verb: "system design" is what one does to "design systems".</summary>
    private static readonly HashSet<string> SameAsVerb = new(StringComparer.Ordinal)
    {
        "design", "review", "test", "control", "plan", "audit", "model", "forecast", "query", "update", "upgrade", "release",
        "scan", "profile", "benchmark", "debug", "schedule", "repair", "transfer", "search",
    };

    /// <summary>
    /// Light verbs: too common in a posting's prose to stand for a skill ("learn metrics", "make decisions",
    /// "answer questions" are not "metric learning", "decision making", "question answering").
    /// </summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "learn", "make", "answer", "solve", "take", "give", "get", "do", "use", "have", "see", "find", "work", "help", "lead",
        "run", "keep", "set", "put", "go", "know", "think", "show", "try", "call", "play", "move", "bring", "start", "perform",
        "build", "meet", "reach", "need", "want", "like", "say", "tell", "ask", "come", "become", "hold", "turn", "pay", "own",
    };

    /// <summary>Pairs of American and British spellings that no suffix rule gives (whole words, or word starts for "-or"/"-our").</summary>
    private static readonly (string American, string British)[] WordPairs =
    [
        ("analog", "analogue"), ("catalog", "catalogue"), ("dialog", "dialogue"), ("program", "programme"), ("programs", "programmes"),
        ("defense", "defence"), ("license", "licence"), ("gray", "grey"), ("artifact", "artefact"), ("artifacts", "artefacts"),
        ("judgment", "judgement"), ("aging", "ageing"), ("center", "centre"), ("centers", "centres"), ("fiber", "fibre"),
        ("fibers", "fibres"), ("meter", "metre"), ("meters", "metres"), ("liter", "litre"), ("theater", "theatre"),
        ("caliber", "calibre"), ("aluminum", "aluminium"), ("mold", "mould"), ("fulfill", "fulfil"), ("enroll", "enrol"),
        ("skeptical", "sceptical"), ("maneuver", "manoeuvre"), ("pediatric", "paediatric"), ("anesthesia", "anaesthesia"),
        ("hematology", "haematology"), ("orthopedic", "orthopaedic"), ("estrogen", "oestrogen"), ("tire", "tyre"), ("tires", "tyres"),
    ];

    /// <summary>Word starts spelled "-or" in American and "-our" in British English ("behavioral", "behavioural").</summary>
    private static readonly string[] OurStems =
    [
        "behavior", "color", "favor", "flavor", "honor", "humor", "labor", "neighbor", "rumor", "vapor", "harbor", "armor",
        "endeavor", "odor", "savor", "vigor", "rigor", "tumor",
    ];

    /// <summary>
    /// Nouns made from verbs by a suffix, the first that fits: how many letters to cut, the endings that give the
    /// verb, and the shortest noun the rule is for. "calibr-ation" → "calibr-ate", "segment-ation" → "segment",
    /// "explor-ation" → "explor-e"; "deploy-ment" → "deploy"; "analy-sis" → "analy-ze"; "infer-ence" → "infer"
    /// (not "science" or "finance": too short); "clos-ure" → "clos-e"; "recov-ery" → "recov-er".
    /// </summary>
    private static readonly (string Suffix, int Cut, string[] Endings, int MinLength)[] DerivedNouns =
    [
        ("ization", 5, ["e"], 0), ("isation", 5, ["e"], 0), ("ification", 7, ["y"], 0), ("ation", 5, ["ate", "", "e"], 0),
        ("ution", 3, ["e"], 0), ("duction", 4, ["e"], 0), ("ction", 3, [""], 0), ("mission", 5, ["t"], 0), ("ssion", 3, [""], 0),
        ("nsion", 4, ["d"], 0), ("ment", 4, [""], 0), ("ysis", 3, ["ze", "se"], 0), ("esis", 3, ["size", "sise"], 0),
        ("iance", 4, ["y"], 0), ("ance", 4, ["", "e"], 9), ("ence", 4, ["", "e"], 9), ("ure", 3, ["", "e"], 0),
        ("age", 3, ["", "e"], 0), ("ery", 3, ["er"], 0), ("val", 2, ["e"], 0),
    ];

    private static readonly Dictionary<string, string> Respelled = BuildRespelled();

    /// <summary>A verb too common in a posting's prose to stand for a skill on its own ("build", "learn", "make").</summary>
    public static bool IsLightVerb(string verb) => LightVerbs.Contains(verb);

    /// <summary>The verbs a head noun names, and how it names them; no verbs for a light verb's noun ("learning").</summary>
    public static (HeadKind Kind, List<string> Verbs) VerbsOf(string noun)
    {
        var verbs = new List<string>();
        var kind = HeadKind.Derived;
        if (SameAsVerb.Contains(noun))
        {
            kind = HeadKind.Same;
            verbs.Add(noun);
        }
        else if (noun.Length > 5 && noun.EndsWith("ing", StringComparison.Ordinal))
        {
            kind = HeadKind.Gerund;
            verbs.AddRange(GerundBases(noun));
        }
        else
        {
            AddDerivedVerbs(noun, verbs);
        }

        if (verbs.Count == 0 || verbs.Any(LightVerbs.Contains))
        {
            return (HeadKind.None, []);
        }

        return (kind, verbs.Distinct(StringComparer.Ordinal).ToList());
    }

    private static void AddDerivedVerbs(string noun, List<string> verbs)
    {
        foreach (var (suffix, cut, endings, minLength) in DerivedNouns)
        {
            if (noun.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = noun[..^cut];
                if (stem.Length >= 3 && noun.Length >= minLength)
                {
                    verbs.AddRange(endings.Select(e => stem + e));
                }

                return;
            }
        }
    }

    /// <summary>The verbs a gerund may come from: "testing" → "test", "profiling" → "profile", "mapping" → "map".</summary>
    public static IEnumerable<string> GerundBases(string gerund)
    {
        if (!gerund.EndsWith("ing", StringComparison.Ordinal) || gerund.Length < 6)
        {
            yield break;
        }

        var stem = gerund[..^3];
        yield return stem;
        if (!IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y'))
        {
            yield return stem + "e";
        }

        if (stem.Length > 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            yield return stem[..^1];
        }
    }

    /// <summary>The present participle: "calibrate" → "calibrating"; "plan" → "planning" and "planing" (the rule cannot tell stress).</summary>
    public static IEnumerable<string> Gerunds(string verb)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            yield return verb[..^2] + "ying";
        }
        else if (verb.EndsWith('e') && verb.Length > 2 && verb[^2] is not ('e' or 'y' or 'o'))
        {
            yield return verb[..^1] + "ing";
        }
        else
        {
            yield return verb + "ing";
            if (EndsConsonantVowelConsonant(verb))
            {
                yield return verb + verb[^1] + "ing";
            }
        }
    }

    /// <summary>The past tense and participle: "calibrated", "deployed", "classified", "planned".</summary>
    public static IEnumerable<string> Pasts(string verb)
    {
        if (verb.EndsWith('e'))
        {
            yield return verb + "d";
        }
        else if (verb.EndsWith('y') && verb.Length > 2 && !IsVowel(verb[^2]))
        {
            yield return verb[..^1] + "ied";
        }
        else
        {
            yield return verb + "ed";
            if (EndsConsonantVowelConsonant(verb))
            {
                yield return verb + verb[^1] + "ed";
            }
        }
    }

    /// <summary>The third person singular: "calibrates", "analyzes", "classifies".</summary>
    public static string ThirdPerson(string verb) =>
        verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal)
            ? verb + "es"
            : verb.EndsWith('y') && verb.Length > 2 && !IsVowel(verb[^2]) ? verb[..^1] + "ies" : verb + "s";

    /// <summary>
    /// The other spelling of a lower-case word, British for American and American for British, or null:
    /// "-ize"/"-ise" and "-ization"/"-isation", "-yze"/"-yse", "-or"/"-our", "-l-"/"-ll-" before a suffix
    /// ("modeling", "modelling"), and a few whole words ("analog", "center", "program").
    /// </summary>
    public static string? OtherSpelling(string word)
    {
        if (word.Length < 4 || !word.All(c => char.IsLower(c) || c == '-'))
        {
            return null;
        }

        if (Respelled.TryGetValue(word, out var pair))
        {
            return pair;
        }

        foreach (var stem in OurStems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return stem[..^1] + "ur" + word[stem.Length..];
            }

            var british = stem[..^1] + "ur";
            if (word.StartsWith(british, StringComparison.Ordinal))
            {
                return stem + word[british.Length..];
            }
        }

        return SuffixRespelling(word);
    }

    private static string? SuffixRespelling(string word)
    {
        // "-ize", "-izes", "-ized", "-izing", "-ization", "-izer": the stem before it has three letters or more (not "size", "prize").
        foreach (var (from, to) in new[] { ("iz", "is"), ("is", "iz") })
        {
            foreach (var ending in new[] { "ation", "ations", "e", "es", "ed", "ing", "er", "ers" })
            {
                var tail = from + ending;
                if (word.EndsWith(tail, StringComparison.Ordinal) && word.Length - tail.Length >= 4
                    && (from == "iz" || ending.StartsWith("ation", StringComparison.Ordinal) || IsBritishIse(word[..^tail.Length])))
                {
                    return word[..^tail.Length] + to + ending;
                }
            }
        }

        foreach (var ending in new[] { "e", "es", "ed", "ing", "er", "ers" })
        {
            if (word.EndsWith("yz" + ending, StringComparison.Ordinal))
            {
                return word[..^(ending.Length + 2)] + "ys" + ending;
            }

            if (word.EndsWith("lys" + ending, StringComparison.Ordinal))
            {
                return word[..^(ending.Length + 2)] + "yz" + ending;
            }
        }

        // "modeling"/"modelling", "labeled"/"labelled", "signaling"/"signalling": one vowel before the "l".
        foreach (var ending in new[] { "ing", "ed", "er", "ers" })
        {
            var single = "l" + ending;
            if (word.EndsWith("ll" + ending, StringComparison.Ordinal) && word.Length > ending.Length + 4 && IsVowel(word[^(ending.Length + 3)])
                && !IsVowel(word[^(ending.Length + 4)]))
            {
                return word[..^(ending.Length + 2)] + single;
            }

            if (word.EndsWith(single, StringComparison.Ordinal) && !word.EndsWith("ll" + ending, StringComparison.Ordinal) && word.Length > ending.Length + 3
                && IsVowel(word[^(ending.Length + 2)]) && !IsVowel(word[^(ending.Length + 3)]))
            {
                return word[..^(ending.Length + 1)] + "l" + single;
            }
        }

        return null;
    }

    /// <summary>A stem whose "-ise" is the British "-ize" ("normal-ise", "optim-ise", "organ-ise"), not a word of its own ("exerc-ise", "expert-ise").</summary>
    private static bool IsBritishIse(string stem) =>
        stem.EndsWith("al", StringComparison.Ordinal) || stem.EndsWith("im", StringComparison.Ordinal) || stem.EndsWith("or", StringComparison.Ordinal)
        || stem.EndsWith("it", StringComparison.Ordinal) || stem.EndsWith("on", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal)
        || stem.EndsWith("en", StringComparison.Ordinal) || stem.EndsWith("an", StringComparison.Ordinal) || stem.EndsWith("ar", StringComparison.Ordinal)
        || stem.EndsWith("ag", StringComparison.Ordinal) || stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("ul", StringComparison.Ordinal)
        || stem.EndsWith("ic", StringComparison.Ordinal) || stem.EndsWith("gn", StringComparison.Ordinal) || stem.EndsWith("el", StringComparison.Ordinal);

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && word[^1] is not ('w' or 'x' or 'y') && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static Dictionary<string, string> BuildRespelled()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (american, british) in WordPairs)
        {
            map[american] = british;
            map[british] = american;
        }

        return map;
    }
}
