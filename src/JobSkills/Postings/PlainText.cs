using System.Text.RegularExpressions;

namespace JobSkills.Postings;

/// <summary>
/// The last pass over every line of every format: the output is plain text. Script and style
/// elements (with their content), HTML comments and tags, and javascript:/vbscript:/data: URLs are
/// removed; control and zero-width characters go; white space is collapsed. The readers already
/// keep markup out; this pass makes sure a plain-text file that contains markup cannot carry it
/// through either.
/// </summary>
internal static partial class PlainText
{
    public static string Clean(string line)
    {
        var text = line;
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = ScriptElement().Replace(text, " ");
            text = Comment().Replace(text, " ");
            text = Tag().Replace(text, " ");
            text = SpaceBeforePunctuation().Replace(Collapse(text), "$1");
        }

        if (text.Contains(':', StringComparison.Ordinal))
        {
            text = UnsafeUrl().Replace(text, " ");
        }

        return Collapse(text);
    }

    private static string Collapse(string text) =>
        WhiteSpace().Replace(Invisible().Replace(text, ""), " ").Trim();

    // Zero-width characters, the BOM and the replacement character (what a NUL became).
    [GeneratedRegex(@"[\u200B\u200C\u200D\u2060\uFEFF\uFFFD]", RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"[\s\p{Cc}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"<\s*(script|style)\b[^>]*>.*?(<\s*/\s*\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptElement();

    // A removed tag leaves a space: "<b>Oslo</b>, Norway" is "Oslo, Norway".
    [GeneratedRegex(@" ([,.;:!?)])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    // A start or end tag: "<" right before a letter (so "<5 years" and "a < b" stay).
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\b(?:javascript|vbscript|livescript)\s*:\S*|\bdata\s*:[a-z]+/[a-z0-9.+-]+[;,]\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeUrl();
}
