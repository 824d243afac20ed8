namespace JobSkills.Skills;

/// <summary>How skill names become lookup keys: trimmed, inner whitespace collapsed, lower-case.</summary>
public static class SkillKeys
{
    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
