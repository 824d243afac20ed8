using System.Collections.Frozen;

namespace JobSkills.Postings;

/// <summary>
/// Text that belongs to the page around a posting (buttons, menus, sign-in widgets, footers), not
/// to the posting. The phrases are data; the flattened-text splitter adds structural signals
/// (runs of short pieces, short Title Case pieces that repeat) on top of them.
/// </summary>
internal static class PageChrome
{
    /// <summary>Lines that are chrome when they are the whole line (case and end punctuation ignored).</summary>
    private static readonly FrozenSet<string> WholeLines = new[]
    {
        "apply", "apply now", "easy apply", "apply for this job", "apply for this position", "save", "save job",
        "saved", "share", "share this job", "show more", "show less", "see more", "see less", "read more", "more",
        "less", "close", "menu", "open menu", "close menu", "sign in", "sign up", "log in", "login", "register",
        "search", "search jobs", "search for jobs", "back", "back to jobs", "back to search results",
        "skip to main content", "skip to content", "profile", "home", "submit resume", "submit application",
        "add to favorites", "add a favorite", "removed from favorites", "follow us", "cookie settings",
        "accept cookies", "accept all cookies", "privacy policy", "terms of use", "terms of service", "site map",
        "sitemap", "report this job", "print", "similar jobs", "related jobs", "view all jobs", "see all jobs",
        "create one now", "linkedin", "twitter", "facebook", "instagram", "youtube",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Phrases that make a short piece of flattened text chrome wherever they occur in it.</summary>
    private static readonly string[] Phrases =
    [
        "open menu", "close menu", "sign in with", "add to favorites", "removed from favorites", "add a favorite",
        "back to search results", "forgot your", "don't have an", "don’t have an", "create one now",
        "opens in a new window", "skip to main content", "all rights reserved", "privacy policy", "terms of use",
        "cookie", "see all roles", "see all jobs", "view all jobs", "similar jobs", "related jobs", "follow us",
        "submit resume", "search jobs", "search for jobs", "sign in", "log in", "apply now",
    ];

    /// <summary>Words that mark the start of a page footer: nothing after them is posting text.</summary>
    private static readonly string[] FooterMarkers = ["footer", "©", "copyright", "all rights reserved", "site map", "sitemap"];

    /// <summary>A line that is a button, a menu entry or a footer line, whatever else surrounds it.</summary>
    public static bool IsChromeLine(string line)
    {
        var text = line.Trim().TrimEnd('.', '!', ':', '…', ' ').ToLowerInvariant();
        return WholeLines.Contains(text)
            || text.StartsWith('©')
            || (text.StartsWith("copyright", StringComparison.Ordinal) && SectionHeadings.WordCount(text) <= 12);
    }

    /// <summary>A short piece of flattened text that is chrome: a whole chrome line, or one containing a chrome phrase.</summary>
    public static bool IsChromePiece(string piece)
    {
        if (IsChromeLine(piece))
        {
            return true;
        }

        if (SectionHeadings.WordCount(piece) > 14)
        {
            return false;
        }

        var text = piece.ToLowerInvariant();
        return Phrases.Any(phrase => text.Contains(phrase, StringComparison.Ordinal));
    }

    /// <summary>A piece that starts the page footer ("Apple Footer", "© 2025 …", "All rights reserved.").</summary>
    public static bool IsFooterMarker(string piece)
    {
        if (SectionHeadings.WordCount(piece) > 14)
        {
            return false;
        }

        var text = piece.ToLowerInvariant();
        return FooterMarkers.Any(marker => marker == "©" ? text.Contains('©', StringComparison.Ordinal) : ContainsWord(text, marker));
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
