using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// Lines to sections. Each heading starts a section whose kind comes from
/// <see cref="SectionHeadings.Classify"/> (the vocabulary, else keywords in the heading); the text before the first heading is the opening section ("").
/// Then, in order:
/// <list type="bullet">
/// <item>A heading written twice in a row counts once.</item>
/// <item>An equal-opportunity statement starts a Legal section (heading "") unless one is open.</item>
/// <item>In a Required or Preferred section, an item whose key is a heading of the other of the
/// two kinds ("Bonus: Publications …" under "The Must-Haves") starts a section of that kind.</item>
/// <item>Lines cut out of flattened text are split into sentences in Required and Preferred sections.</item>
/// <item>An unknown sub-heading (markdown or HTML level deeper than its parent) takes its parent's kind.</item>
/// <item>Before the first Responsibilities, Required or Preferred section, a section of running
/// text under no heading or an unknown one ("The Tone:") is About.</item>
/// <item>Sections left without lines are dropped.</item>
/// </list>
/// </summary>
internal static partial class SectionBuilder
{
    private sealed class Draft(string heading, SectionKind kind, int level, bool known)
    {
        public string Heading { get; } = heading;
        public SectionKind Kind { get; set; } = kind;
        public int Level { get; } = level;
        public bool Known { get; } = known;
        public List<string> Lines { get; } = [];
    }

    public static List<ParsedSection> Build(IReadOnlyList<DraftLine> lines, IReadOnlySet<int> skip)
    {
        var current = new Draft("", SectionKind.Other, 0, known: false);
        var sections = new List<Draft> { current };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (skip.Contains(i) || line.Role == LineRole.Header)
            {
                continue;
            }

            if (line.Role == LineRole.Heading)
            {
                var heading = SectionHeadings.Clean(line.Text);
                if (heading.Length > 0 && !(heading == current.Heading && current.Lines.Count == 0))
                {
                    var kind = SectionHeadings.Classify(heading);
                    current = new Draft(heading, kind ?? SectionKind.Other, line.Level, kind is not null);
                    sections.Add(current);
                }

                continue;
            }

            var text = line.Text;
            if (current.Kind != SectionKind.Legal && IsEqualOpportunityStatement(text))
            {
                current = new Draft("", SectionKind.Legal, current.Level, known: true);
                sections.Add(current);
            }
            else if (current.Kind is SectionKind.Required or SectionKind.Preferred && OtherRequirementKey(text, current.Kind) is { } keyed)
            {
                current = new Draft(keyed.Heading, keyed.Kind, current.Level, known: true);
                sections.Add(current);
                text = keyed.Value;
            }

            if (line.Glued && current.Kind is SectionKind.Required or SectionKind.Preferred)
            {
                current.Lines.AddRange(FlattenedTextSplitter.SplitSentences(text));
            }
            else
            {
                current.Lines.Add(text);
            }
        }

        InheritFromParents(sections);
        MarkOpeningTextAsAbout(sections);
        return sections
            .Where(s => s.Lines.Count > 0)
            .Select(s => new ParsedSection(s.Heading, s.Kind, s.Lines))
            .ToList();
    }

    private static bool IsEqualOpportunityStatement(string text) =>
        SectionHeadings.WordCount(text) >= 6 && EqualOpportunity().IsMatch(text);

    private static (string Heading, SectionKind Kind, string Value)? OtherRequirementKey(string text, SectionKind current)
    {
        if (Key().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var heading = match.Groups["key"].Value.Trim();
        return SectionHeadings.Match(heading) is { } kind and (SectionKind.Required or SectionKind.Preferred) && kind != current
            ? (heading, kind, match.Groups["value"].Value.Trim())
            : null;
    }

    private static void InheritFromParents(List<Draft> sections)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Known || section.Level == 0)
            {
                continue;
            }

            for (var p = i - 1; p >= 0; p--)
            {
                if (sections[p].Level > 0 && sections[p].Level < section.Level)
                {
                    section.Kind = sections[p].Kind;
                    break;
                }
            }
        }
    }

    private static void MarkOpeningTextAsAbout(List<Draft> sections)
    {
        foreach (var section in sections)
        {
            if (section.Kind is SectionKind.Responsibilities or SectionKind.Required or SectionKind.Preferred && section.Lines.Count > 0)
            {
                return;
            }

            if (!section.Known && section.Kind == SectionKind.Other && IsRunningText(section.Lines))
            {
                section.Kind = SectionKind.About;
            }
        }
    }

    /// <summary>Thirty words or more, with at least one sentence of fifteen words or more.</summary>
    private static bool IsRunningText(List<string> lines) =>
        lines.Sum(SectionHeadings.WordCount) >= 30
        && lines.Any(l => SectionHeadings.WordCount(l) >= 15 && l.TrimEnd().EndsWith('.') || l.TrimEnd().EndsWith('!'));

    [GeneratedRegex(@"\bequal\s+(?:employment\s+)?opportunit(?:y|ies)\b.{0,40}?\b(?:employer|workplace)\b|\bequal\s+employment\s+opportunity\b|\baffirmative\s+action\s+employer\b|\bwithout\s+regard\s+to\s+(?:their\s+)?(?:race|age|sex|color|colour|religion|gender)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EqualOpportunity();

    [GeneratedRegex(@"^(?<key>[\p{L}][\p{L} '’-]{0,25}?)\s*:\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
