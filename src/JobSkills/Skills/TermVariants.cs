namespace JobSkills.Skills;

/// <summary>What a surface form of a term is: one of its spellings, another form of one, or the action it names.</summary>
internal enum SurfaceKind
{
    /// <summary>A spelling of the term, its plural, "&amp;" for "and" (<see cref="TermText.SurfaceForms"/>).</summary>
    Spelling,

    /// <summary>Another form of a spelling: British or American ("optimisation"), the noun for a gerund head ("unit tests").</summary>
    Variant,

    /// <summary>The verb and its object that the term names as a noun: "calibrate cameras" for "camera calibration".</summary>
    Action,
}

/// <summary>A text the matcher looks for, and what kind of form of its term it is.</summary>
internal readonly record struct Surface(string Text, SurfaceKind Kind);

/// <summary>
/// The forms in which text writes a term, generated from its spellings by general rules of English
/// (<see cref="WordForms"/>) rather than listed pair by pair:
/// <list type="bullet">
/// <item>its spellings and plurals (<see cref="TermText.SurfaceForms"/>);</item>
/// <item>British and American spellings: "data visualisation", "behavioural modelling";</item>
/// <item>for a gerund head, the noun: "unit tests" for "unit testing", "threat model" for "threat modeling"
/// (not a role: "data engineer" is not "data engineering"; not for a light verb: "team builds");</item>
/// <item>"dataset" for "data" and the other way round: "financial datasets", "dataset versioning";</item>
/// <item>for a head that names an action, the verb before its object: "calibrate cameras",
/// "deploying models", "analyze the data" for "camera calibration", "model deployment", "data analysis".
/// Between the verb and the object the text may write a determiner or an acronym ("deploy our ML models");
/// where the verb could also be read as a noun or an adjective ("clean data", "test data", "model data"),
/// or as a participle ("trained models"), a determiner is required ("clean the data"). A one-word term's verb
/// counts before a pronoun: "profile them" for "profiling".</item>
/// </list>
/// Only case-insensitive spellings get variants; exact-case names ("Go", "NLP") are matched as written.
/// </summary>
internal static class TermVariants
{
    /// <summary>In a surface: the object follows, perhaps after a determiner or an acronym ("deploy our ML models").</summary>
    public const char OptionalDeterminer = '\u0001';

    /// <summary>In a surface: the object follows after a determiner ("clean the data").</summary>
    public const char RequiredDeterminer = '\u0002';

    private const int MaxActionWords = 3;

    public static IEnumerable<Surface> Of(string text, bool caseSensitive)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var surface in TermText.SurfaceForms(text, caseSensitive))
        {
            if (seen.Add(surface))
            {
                yield return new Surface(surface, SurfaceKind.Spelling);
            }
        }

        if (caseSensitive)
        {
            yield break;
        }

        var normalized = TermText.Normalize(text);
        var variants = new List<string>();
        if (Respell(normalized) is { } respelled)
        {
            variants.Add(respelled);
        }

        if (Dataset(normalized) is { } dataset)
        {
            variants.Add(dataset);
        }

        var words = normalized.Split(' ');
        if (words.Length >= 2 && words[^1].All(char.IsLower) && words[^1].EndsWith("ing", StringComparison.Ordinal))
        {
            // Not for a light verb: "team builds" (a team that builds) is not "team building".
            var prefix = string.Join(' ', words[..^1]) + " ";
            var bases = WordForms.GerundBases(words[^1]).ToList();
            foreach (var noun in bases.Any(WordForms.IsLightVerb) ? [] : bases.Where(b => b.Length >= 3 && !TermFilter.IsRoleWord(b)))
            {
                variants.Add(prefix + noun);
                if (Respell(prefix + noun) is { } other)
                {
                    variants.Add(other);
                }
            }
        }

        foreach (var surface in variants.SelectMany(v => TermText.SurfaceForms(v, caseSensitive: false)))
        {
            if (seen.Add(surface))
            {
                yield return new Surface(surface, SurfaceKind.Variant);
            }
        }

        var actions = words.Length == 1 ? PronounActions(words[0])
            : words.Length <= MaxActionWords && words.All(IsPlainWord) && words[^1].All(char.IsLower)
                ? Actions(words, adjective: TermText.Tidy(text).Split(' ')[0].Contains('-')) : [];
        foreach (var action in actions)
        {
            if (seen.Add(action))
            {
                yield return new Surface(action, SurfaceKind.Action);
            }
        }
    }

    /// <summary>The normalised text with every word that has another spelling respelled, or null when none has.</summary>
    public static string? Respell(string normalized)
    {
        var words = normalized.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (WordForms.OtherSpelling(words[i]) is { } other)
            {
                words[i] = other;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>A phrase of two words or more with "data" written "dataset", or "dataset" written "data"; null for others.</summary>
    private static string? Dataset(string normalized)
    {
        var words = normalized.Split(' ');
        if (words.Length < 2)
        {
            return null;
        }

        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "data" or "dataset")
            {
                words[i] = words[i] == "data" ? "dataset" : "data";
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// "profile them", "debugging it" for "profiling", "debugging": the verb of a one-word term before a pronoun, which
    /// only a verb can take ("profile" alone may be a noun).
    /// </summary>
    private static IEnumerable<string> PronounActions(string word)
    {
        var (kind, verbs) = word.All(char.IsLower) ? WordForms.VerbsOf(word) : (HeadKind.None, []);
        if (kind == HeadKind.None)
        {
            yield break;
        }

        foreach (var form in verbs.SelectMany(v => WordForms.Gerunds(v).Concat(WordForms.Pasts(v)).Prepend(v)))
        {
            yield return form + " them";
            yield return form + " it";
        }
    }

    /// <summary>"calibrate cameras", "calibrating the camera", "calibrated the cameras" … for "camera calibration".</summary>
    /// <remarks>
    /// With <paramref name="adjective"/> the modifier is a hyphenated compound ("low-power design", "full-stack
    /// development"): an adjective, never the noun a verb could be read as modifying, so the bare verb needs no
    /// determiner ("design low-power blocks", "develop full-stack apps").
    /// </remarks>
    private static IEnumerable<string> Actions(string[] words, bool adjective)
    {
        var (kind, verbs) = WordForms.VerbsOf(words[^1]);
        if (kind == HeadKind.None)
        {
            yield break;
        }

        var modifier = string.Join(' ', words[..^1]);
        var singular = TermText.Singular(modifier);
        var objects = TermText.SurfaceForms(modifier, caseSensitive: false).Where(o => !o.Contains('&')).ToList();
        var plurals = objects.Where(o => o != singular).ToList();
        foreach (var verb in verbs)
        {
            var forms = new List<(string Verb, char Marker, List<string> Objects)>();
            if (kind == HeadKind.Derived || adjective)
            {
                forms.Add((verb, OptionalDeterminer, objects));
                forms.Add((WordForms.ThirdPerson(verb), OptionalDeterminer, objects));
            }
            else
            {
                // "test data", "clean data", "model data": the bare verb before a singular object reads as a noun phrase.
                forms.Add((verb, OptionalDeterminer, plurals));
                forms.Add((verb, RequiredDeterminer, objects));
            }

            forms.AddRange(WordForms.Gerunds(verb).Select(g => (g, OptionalDeterminer, objects)));
            forms.AddRange(WordForms.Pasts(verb).Select(p => (p, RequiredDeterminer, objects)));
            foreach (var (form, marker, targets) in forms)
            {
                foreach (var spelling in WordForms.OtherSpelling(form) is { } other ? new[] { form, other } : [form])
                {
                    foreach (var target in targets)
                    {
                        yield return spelling + marker + target;
                    }
                }
            }
        }
    }

    /// <summary>A word an action's object or verb may be made of: letters (a capital for an acronym), digits and inner hyphens, not a function word.</summary>
    private static bool IsPlainWord(string word) =>
        word.Length >= 2 && word.Count(char.IsLetter) >= 2 && word.All(c => char.IsLetterOrDigit(c) || c == '-')
        && !TermFilter.IsEdgeWord(word) && !TermFilter.IsSentenceWord(word);
}
