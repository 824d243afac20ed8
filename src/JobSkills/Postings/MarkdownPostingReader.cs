using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobSkills.Postings;

/// <summary>
/// Markdown through Markdig (plain CommonMark): headings become headings with their level, list
/// items become items, paragraphs become lines. Nothing is rendered; text is read from the tree:
/// links keep their text unless the URL is unsafe (then the whole link goes), images go, raw
/// inline HTML is dropped together with anything between &lt;script&gt; or &lt;style&gt; tags, and
/// HTML blocks are read through <see cref="HtmlText"/> like a page. Inside a paragraph a line
/// break starts a new line when the next line begins with a key ("**Location:** Berlin") or the
/// break is a hard one; a wrapped sentence is joined back into one line.
/// </summary>
internal static partial class MarkdownPostingReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static PostingDraft Read(string markdown)
    {
        var lines = new List<DraftLine>();
        var document = Markdown.Parse(markdown, Pipeline);
        var stack = new Stack<Block>();
        for (var i = document.Count - 1; i >= 0; i--)
        {
            stack.Push(document[i]);
        }

        while (stack.Count > 0)
        {
            var block = stack.Pop();
            switch (block)
            {
                case HeadingBlock heading:
                    AddLines(lines, InlineLines(heading.Inline), LineRole.Heading, heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    AddLines(lines, InlineLines(paragraph.Inline), IsInListItem(paragraph) ? LineRole.Item : LineRole.Paragraph, 0, joinAll: IsInListItem(paragraph));
                    break;
                case HtmlBlock html:
                    lines.AddRange(HtmlText.FragmentLines(html.Lines.ToString()));
                    break;
                case LeafBlock leaf when leaf is CodeBlock:
                    AddLines(lines, leaf.Lines.ToString().Split('\n').Select(l => l.Trim()), LineRole.Paragraph, 0);
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(container[i]);
                    }

                    break;
            }
        }

        return new PostingDraft(lines);
    }

    /// <summary>The first paragraph of a list item is the item; a list item's later paragraphs join it as separate items.</summary>
    private static bool IsInListItem(Block block) => block.Parent is ListItemBlock;

    private static void AddLines(List<DraftLine> lines, IEnumerable<string> texts, LineRole role, int level, bool joinAll = false)
    {
        var cleaned = texts.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (joinAll && cleaned.Count > 1)
        {
            cleaned = [string.Join(' ', cleaned)];
        }

        foreach (var text in cleaned)
        {
            lines.Add(new DraftLine(role == LineRole.Heading ? SectionHeadings.Clean(text) : text, role, level));
        }
    }

    /// <summary>The inline text, cut into lines at hard breaks and at soft breaks before a "Key:" line.</summary>
    private static List<string> InlineLines(ContainerInline? root)
    {
        var lines = new List<string>();
        var builder = new StringBuilder();
        string? skipUntil = null;
        var stack = new Stack<Inline>();
        for (var child = root?.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            if (inline is HtmlInline html)
            {
                // Raw HTML tags are dropped. What sits between <script> or <style> tags, or inside
                // an <a> whose href is unsafe, is dropped with them.
                skipUntil = skipUntil is null ? SkippedElement(html.Tag) : ClosesElement(html.Tag, skipUntil) ? null : skipUntil;
                continue;
            }

            if (skipUntil is not null)
            {
                continue;
            }

            if (LeafText(inline) is { } leaf)
            {
                builder.Append(leaf);
                continue;
            }

            switch (inline)
            {
                case AutolinkInline autolink:
                    if (UrlSafety.IsSafe(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
                    {
                        builder.Append(autolink.Url);
                    }

                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard || StartsWithKey(inline.NextSibling))
                    {
                        lines.Add(builder.ToString());
                        builder.Clear();
                    }
                    else
                    {
                        builder.Append(' ');
                    }

                    break;
                case LinkInline link when link.IsImage || !UrlSafety.IsSafe(link.Url):
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        lines.Add(builder.ToString());
        return lines;
    }

    private static string? LeafText(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.ToString(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        _ => null,
    };

    /// <summary>True when the inlines after a line break begin with "Key:" (possibly in emphasis).</summary>
    private static bool StartsWithKey(Inline? next)
    {
        var text = new StringBuilder();
        for (var inline = next; inline is not null && text.Length < 40; inline = inline.NextSibling)
        {
            if (inline is LineBreakInline)
            {
                break;
            }

            text.Append(inline switch
            {
                LiteralInline literal => literal.Content.ToString(),
                ContainerInline container => string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString())),
                _ => "",
            });
        }

        return KeyStart().IsMatch(text.ToString());
    }

    /// <summary>"script", "style", or "a" for a link to an unsafe URL: elements whose content is dropped; else null.</summary>
    private static string? SkippedElement(string tag)
    {
        var open = OpenTag().Match(tag);
        if (!open.Success)
        {
            return null;
        }

        var name = open.Groups["name"].Value.ToLowerInvariant();
        if (name is "script" or "style")
        {
            return name;
        }

        var href = Href().Match(tag);
        return name == "a" && href.Success && !UrlSafety.IsSafe(WebUtility.HtmlDecode(href.Groups["url"].Value)) ? name : null;
    }

    private static bool ClosesElement(string tag, string name) =>
        CloseTag().Match(tag) is { Success: true } close && close.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^<\s*(?<name>[a-z][a-z0-9-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenTag();

    [GeneratedRegex(@"^<\s*/\s*(?<name>[a-z][a-z0-9-]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CloseTag();

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)'|(?<url>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();

    [GeneratedRegex(@"^\s*[\p{Lu}][\p{L} /&()-]{0,30}:", RegexOptions.CultureInvariant)]
    private static partial Regex KeyStart();
}
