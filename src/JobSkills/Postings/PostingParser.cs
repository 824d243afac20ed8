using JobSkills.Import;

namespace JobSkills.Postings;

/// <summary>
/// A job posting file in, a <see cref="ParsedPosting"/> out; no database. The extension picks the
/// reader (.txt text, .md/.markdown markdown, .html/.htm a web page; a .txt that is an HTML
/// document is read as one). Every line then goes through <see cref="PlainText.Clean"/>, buttons
/// and footer lines are dropped, paragraphs written with a bullet become items, and short
/// heading-like paragraphs become headings. The facts
/// (<see cref="PostingFacts"/>) are read next, and the sections (<see cref="SectionBuilder"/>) are
/// built from the lines the facts did not take. Validation of the bytes (size, empty, binary,
/// UTF-8) has happened in <see cref="SourceFile"/>.
/// </summary>
public static class PostingParser
{
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static ParsedPosting Parse(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var label = file.Path ?? file.Name;
        var extension = Path.GetExtension(file.Name).ToLowerInvariant();
        var (format, draft) = extension switch
        {
            ".txt" when LooksLikeHtml(file.Text) => (PostingFormat.Html, HtmlPostingReader.Read(file.Text)),
            ".txt" => (PostingFormat.Text, TextPostingReader.Read(file.Text)),
            ".md" or ".markdown" => (PostingFormat.Markdown, MarkdownPostingReader.Read(file.Text)),
            ".html" or ".htm" => (PostingFormat.Html, HtmlPostingReader.Read(file.Text)),
            _ => throw new ImportException(
                $"{label}: {(extension.Length == 0 ? "a file without an extension" : $"'{extension}'")} is not a posting format; use {string.Join(", ", Extensions)}"),
        };

        draft = Cleaned(draft);
        var facts = PostingFacts.Extract(draft, file.Name);
        var sections = SectionBuilder.Build(draft.Lines, facts.HeaderLines);
        var text = string.Join('\n', draft.Lines
            .Where((line, i) => line.Role != LineRole.Header || facts.HeaderLines.Contains(i))
            .Select(line => line.Text));
        if (SectionHeadings.WordCount(text) < 3)
        {
            throw new ImportException($"{label}: no posting text found (nothing readable is left once scripts, styles, navigation and page chrome are removed)");
        }

        // Facts may come from JSON-LD or the page title, which the line pass never saw.
        return new ParsedPosting
        {
            Title = PlainText.Clean(facts.Title),
            Company = PlainText.Clean(facts.Company),
            Locations = facts.Locations.Select(PlainText.Clean).Where(l => l.Length > 0).ToList(),
            PayText = PlainText.Clean(facts.Pay?.Text ?? ""),
            PayMin = facts.Pay?.Min,
            PayMax = facts.Pay?.Max,
            PayCurrency = facts.Pay?.Currency,
            PayPeriod = facts.Pay?.Period,
            EmploymentType = facts.EmploymentType,
            PostedOn = facts.PostedOn,
            Format = format,
            Text = text,
            Sections = sections,
        };
    }

    private static PostingDraft Cleaned(PostingDraft draft)
    {
        var lines = new List<DraftLine>(draft.Lines.Count);
        foreach (var line in draft.Lines)
        {
            var text = PlainText.Clean(line.Text);
            if (text.Length == 0 || (!line.Glued && PageChrome.IsChromeLine(text)))
            {
                continue;
            }

            if (line.Role == LineRole.Paragraph && !line.Glued && TextPostingReader.WithoutBullet(text) is { } item)
            {
                // "<br>- Python<br>- SQL" in a web page: bullets written as text.
                lines.Add(line with { Text = item, Role = LineRole.Item });
                continue;
            }

            var role = line.Role == LineRole.Paragraph && !line.Glued && SectionHeadings.LooksLikeHeading(text) ? LineRole.Heading : line.Role;
            lines.Add(line with { Text = text, Role = role });
        }

        return draft with { Lines = lines };
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
