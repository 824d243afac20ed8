namespace JobSkills.Postings;

/// <summary>Which link targets may be kept: http, https, mailto and tel, and relative URLs.</summary>
internal static class UrlSafety
{
    /// <summary>
    /// False for javascript:, vbscript:, data: and every other scheme. Whitespace and control
    /// characters are removed first, as browsers do ("java\tscript:"). The URL must already be
    /// decoded (AngleSharp and Markdig both hand over decoded URLs, so "java&amp;#x73;cript:" arrives as "javascript:").
    /// </summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        return compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto" or "tel";
    }
}
