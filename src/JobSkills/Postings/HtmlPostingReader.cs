using System.Net;

namespace JobSkills.Postings;

/// <summary>
/// A saved web page through AngleSharp: JobPosting JSON-LD when the page has it, and the page's
/// headings and text with scripts, styles, navigation, headers and footers removed
/// (<see cref="HtmlText"/>). When the JSON-LD description holds at least as much text as the page
/// (a page rendered by script, or one whose body is mostly chrome), the description is read instead.
/// </summary>
internal static class HtmlPostingReader
{
    public static PostingDraft Read(string html)
    {
        var document = HtmlText.Parse(html);
        var structured = JobPostingJsonLd.Read(document);
        var documentTitle = document.Title?.Trim() ?? "";
        HtmlText.RemoveInactiveParts(document);
        var lines = document.Body is null ? [] : HtmlText.Lines(document.Body);

        if (structured is { Description.Length: > 0 })
        {
            var description = DescriptionLines(structured.Description);
            if (TextLength(description) * 10 >= TextLength(lines) * 8)
            {
                lines = description;
            }
        }

        return new PostingDraft(lines) { Structured = structured, DocumentTitle = documentTitle };
    }

    /// <summary>A description is HTML, HTML escaped once more ("&amp;lt;p&amp;gt;"), or plain text with line breaks.</summary>
    private static List<DraftLine> DescriptionLines(string description)
    {
        if (!description.Contains('<', StringComparison.Ordinal) && description.Contains("&lt;", StringComparison.Ordinal))
        {
            description = WebUtility.HtmlDecode(description);
        }

        return description.Contains('<', StringComparison.Ordinal)
            ? HtmlText.FragmentLines(description)
            : [.. TextPostingReader.Read(WebUtility.HtmlDecode(description)).Lines];
    }

    private static int TextLength(IEnumerable<DraftLine> lines) => lines.Sum(l => l.Text.Length);
}
