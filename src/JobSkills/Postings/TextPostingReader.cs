using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// Plain text by its line structure: a bullet ("•", "-", "*", "1.", …) makes an item, a
/// vocabulary heading or a short capitalised line ending with a colon makes a heading (so does a
/// short ALL CAPS line after a blank line, numbered or not, and a numbered vocabulary heading after a
/// blank line: "2. KEY RESPONSIBILITIES"), everything else is a paragraph line. Buttons and
/// footer lines are dropped. A line that is a whole web page flattened into one run goes to
/// <see cref="FlattenedTextSplitter"/>.
/// </summary>
internal static partial class TextPostingReader
{
    public static PostingDraft Read(string text)
    {
        var lines = new List<DraftLine>();
        var afterBlank = true;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.Trim().Trim('\u00A0', '\u200B', '\uFEFF').Trim();
            if (line.Length == 0)
            {
                afterBlank = true;
                continue;
            }

            if (FlattenedTextSplitter.IsFlattened(line))
            {
                lines.AddRange(FlattenedTextSplitter.Split(line));
            }
            else if (!PageChrome.IsChromeLine(line))
            {
                lines.Add(Classify(line, afterBlank));
            }

            afterBlank = false;
        }

        return new PostingDraft(lines);
    }

    private static DraftLine Classify(string line, bool afterBlank)
    {
        if (WithoutBullet(line) is { } item)
        {
            // "2. KEY RESPONSIBILITIES", "3. Required Qualifications": a numbered section heading, not an item.
            var heading = afterBlank && (IsShortAllCaps(item) || SectionHeadings.Match(item) is not null);
            return heading ? new DraftLine(SectionHeadings.Clean(item), LineRole.Heading) : new DraftLine(item, LineRole.Item);
        }

        var atx = AtxHeading().Match(line);
        if (atx.Success)
        {
            return new DraftLine(SectionHeadings.Clean(line[atx.Length..]), LineRole.Heading, atx.Groups[1].Length);
        }

        if (SectionHeadings.LooksLikeHeading(line) || (afterBlank && IsShortAllCaps(line)))
        {
            return new DraftLine(SectionHeadings.Clean(line), LineRole.Heading);
        }

        return new DraftLine(line, LineRole.Paragraph);
    }

    /// <summary>The text of a bulleted line without its bullet, or null when the line has none.</summary>
    public static string? WithoutBullet(string line)
    {
        var bullet = Bullet().Match(line);
        return bullet.Success && bullet.Length < line.Length ? line[bullet.Length..].Trim() : null;
    }

    private static bool IsShortAllCaps(string line) =>
        line.Length <= 50 && SectionHeadings.WordCount(line) <= 6 && line.Any(char.IsLetter) && !line.Any(char.IsLower);

    // "• ", "- ", "* ", "– ", "1. ", "2) ", "2.1 ", "a) " and the like, followed by text.
    [GeneratedRegex(@"^(?:[•·▪◦●○■□➢➤►▶✓✔✅\-\*–—+]|\(?\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|\(?[a-z][)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(#{1,6})\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AtxHeading();
}
