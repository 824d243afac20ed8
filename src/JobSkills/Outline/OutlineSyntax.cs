using System.Text.RegularExpressions;

namespace JobSkills.Outline;

/// <summary>Small rules about outline text that the parser, the editor and the exporter share.</summary>
public static partial class OutlineSyntax
{
    /// <summary>True when the text is, or contains as a whole token, one of the outline's placeholders.</summary>
    public static bool IsPlaceholder(string text) => PlaceholderPattern().IsMatch(text);

    /// <summary>A bullet whose whole text is "skill set:" or "skill set for X:".</summary>
    public static bool IsSkillSetItem(string plainText) => SkillSetItemPattern().IsMatch(plainText);

    /// <summary>A heading such as "Skill Sets for X", "Sets of Skills for X" or "Skills about X".</summary>
    public static bool IsSkillSetHeading(string plainText) => SkillSetHeadingPattern().IsMatch(plainText);

    public static TaskState TaskStateOf(string taskBox) => taskBox.Length < 3
        ? TaskState.None
        : taskBox[1] == ' ' ? TaskState.Open : TaskState.Done;

    public static bool IsBlank(ReadOnlySpan<char> line) => line.IndexOfAnyExcept(" \t") < 0;

    /// <summary>Width in columns of leading text, with tab stops every 4 columns as CommonMark counts them.</summary>
    public static int Columns(ReadOnlySpan<char> text)
    {
        var column = 0;
        foreach (var c in text)
        {
            column = c == '\t' ? column + 4 - (column % 4) : column + 1;
        }

        return column;
    }

    [GeneratedRegex(@"\bBLAH\b|\[NAME\]\(URL\)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^\s*skill\s+sets?(\s+(for|about|of|in)\b.*)?:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkillSetItemPattern();

    [GeneratedRegex(@"^\s*(skill\s+sets?|sets\s+of\s+skills|skills)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkillSetHeadingPattern();
}
