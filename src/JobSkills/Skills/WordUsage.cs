namespace JobSkills.Skills;

/// <summary>
/// How the outline's own prose uses each word: how often in lower case and how often capitalised
/// in mid-sentence (a name). This tells an ordinary word ("deployment", used lower case across the
/// outline) from a name ("Spark", written with a capital mid-sentence).
/// </summary>
internal sealed class WordUsage
{
    private readonly Dictionary<string, Counts> counts = new(StringComparer.Ordinal);

    public void Add(string text)
    {
        var sentenceStart = true;
        var previousLower = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetter(c))
            {
                if (c is '.' or '!' or '?' or ':' or '"' or '“' or '(' or '[')
                {
                    sentenceStart = true;
                }

                if (!char.IsWhiteSpace(c) && c != ',')
                {
                    previousLower = false;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            // Only plain words count: "PyTorch", "e.g" or "3D" are not words of prose.
            var word = text[start..i];
            var joined = (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is '.' or '-' or '/' or '_'))
                || (i < text.Length && (char.IsDigit(text[i]) || text[i] is '-' or '/' or '_' || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))));
            if (!joined && word.Length > 1 && word.Skip(1).All(char.IsLower))
            {
                var key = word.ToLowerInvariant();
                if (!counts.TryGetValue(key, out var entry))
                {
                    entry = new Counts();
                    counts[key] = entry;
                }

                if (char.IsLower(word[0]))
                {
                    entry.Lower++;
                }
                else if (!sentenceStart && previousLower)
                {
                    // After a lower-case word, as in "experience with Spark": a name, not a title in title case.
                    entry.CapitalizedMidSentence++;
                }
            }

            previousLower = char.IsLower(word[0]);
            sentenceStart = false;
        }
    }

    /// <summary>Lower-case uses of the word in the outline.</summary>
    public int LowerCount(string word) => counts.TryGetValue(word.ToLowerInvariant(), out var entry) ? entry.Lower : 0;

    /// <summary>Capitalised uses in mid-sentence: the word used as a name.</summary>
    public int NameCount(string word) => counts.TryGetValue(word.ToLowerInvariant(), out var entry) ? entry.CapitalizedMidSentence : 0;

    private sealed class Counts
    {
        public int Lower { get; set; }
        public int CapitalizedMidSentence { get; set; }
    }
}
