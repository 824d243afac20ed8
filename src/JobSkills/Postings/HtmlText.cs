using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JobSkills.Postings;

/// <summary>
/// HTML to lines of plain text. First everything that is not readable posting text is removed
/// (scripts, styles, embedded objects, forms, navigation, site headers and footers, hidden
/// elements, links to javascript: and other unsafe schemes); then the remaining tree is walked:
/// h1–h6 become headings, li items, other blocks paragraphs. Only text nodes are read, so no
/// markup, attribute or event handler can reach the output. AngleSharp runs no scripts.
/// </summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    private const string InactiveSelector =
        "script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, math, canvas, " +
        "audio, video, img, picture, input, select, textarea, button, form, label, option, nav, aside, dialog, " +
        "link, meta, base, [hidden], [aria-hidden='true'], [role='navigation'], [role='banner'], " +
        "[role='contentinfo'], [role='search'], [role='dialog'], [role='alertdialog'], [role='menu'], [role='menubar']";

    /// <summary>class or id values that mark page chrome (compared whole, lower case).</summary>
    private static readonly FrozenSet<string> ChromeNames = new[]
    {
        "nav", "navbar", "navigation", "menu", "site-header", "site-footer", "main-footer", "global-header",
        "global-footer", "footer", "skip-link", "skip-to-content", "social", "social-links", "share",
        "share-buttons", "sharing", "related-jobs", "similar-jobs",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "section", "article", "main", "header", "footer", "ul", "ol", "dl", "dt", "dd", "table",
        "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "figure", "figcaption", "address",
        "details", "summary", "hr", "center", "fieldset", "legend", "caption", "body", "html",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Lines of an HTML fragment (a JSON-LD description, an HTML block inside markdown).</summary>
    public static List<DraftLine> FragmentLines(string html)
    {
        var document = Parse("<!DOCTYPE html><html><body>" + html + "</body></html>");
        RemoveInactiveParts(document);
        return document.Body is null ? [] : Lines(document.Body);
    }

    public static void RemoveInactiveParts(IDocument document)
    {
        var doomed = document.QuerySelectorAll(InactiveSelector).ToList();

        // A header or footer outside article/main/section is the site's, not the posting's.
        doomed.AddRange(document.QuerySelectorAll("header, footer").Where(e => e.Closest("article, main, section") is null));
        doomed.AddRange(document.QuerySelectorAll("[class], [id]").Where(IsChromeContainer));
        doomed.AddRange(document.QuerySelectorAll("a[href], area[href]").Where(a => !UrlSafety.IsSafe(a.GetAttribute("href"))));
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsChromeContainer(IElement element)
    {
        if (element.LocalName is "body" or "html")
        {
            return false;
        }

        var names = element.ClassList.Append(element.Id ?? "").Select(n => n.ToLowerInvariant());
        return names.Any(n => ChromeNames.Contains(n) || n.Contains("cookie", StringComparison.Ordinal) || n.Contains("breadcrumb", StringComparison.Ordinal));
    }

    /// <summary>Walks the tree below <paramref name="root"/> without recursion, so deep nesting cannot overflow the stack.</summary>
    public static List<DraftLine> Lines(INode root)
    {
        var walker = new Walker();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                walker.Leave((IElement)node);
                continue;
            }

            switch (node)
            {
                case IText text:
                    walker.Append(text.Data);
                    break;
                case IElement element:
                    walker.Enter(element);
                    stack.Push((element, true));
                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false));
                    }

                    break;
            }
        }

        walker.Flush();
        return walker.Lines;
    }

    private sealed class Walker
    {
        private readonly StringBuilder buffer = new();
        private readonly Stack<(LineRole Role, int Level)> saved = new();
        private LineRole role = LineRole.Paragraph;
        private int level;
        private int preDepth;

        public List<DraftLine> Lines { get; } = [];

        public void Enter(IElement element)
        {
            var name = element.LocalName;
            if (name == "br")
            {
                Flush();
            }
            else if (HeadingLevel(name) is > 0 and var headingLevel)
            {
                Open(LineRole.Heading, headingLevel);
            }
            else if (name == "li")
            {
                Open(LineRole.Item, 0);
            }
            else if (Blocks.Contains(name))
            {
                Flush();
                preDepth += name == "pre" ? 1 : 0;
            }
        }

        public void Leave(IElement element)
        {
            var name = element.LocalName;
            if (name == "li" || HeadingLevel(name) > 0)
            {
                Flush();
                (role, level) = saved.Pop();
            }
            else if (Blocks.Contains(name))
            {
                Flush();
                preDepth -= name == "pre" ? 1 : 0;
            }
        }

        /// <summary>
        /// Text as it stands; <see cref="PlainText.Clean"/> collapses the white space of every line
        /// later. Inside &lt;pre&gt; a line break ends the line.
        /// </summary>
        public void Append(string text)
        {
            if (preDepth == 0)
            {
                buffer.Append(text);
                return;
            }

            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    Flush();
                }

                buffer.Append(lines[i]);
            }
        }

        public void Flush()
        {
            if (buffer.Length > 0 && !string.IsNullOrWhiteSpace(buffer.ToString()))
            {
                Lines.Add(new DraftLine(buffer.ToString().Trim(), role, role == LineRole.Heading ? level : 0));
            }

            buffer.Clear();
        }

        private void Open(LineRole newRole, int newLevel)
        {
            Flush();
            saved.Push((role, level));
            (role, level) = (newRole, newLevel);
        }

        private static int HeadingLevel(string name) =>
            name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;
    }
}
