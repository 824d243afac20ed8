using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace JobSkills.Outline;

/// <summary>
/// Text in, node tree out. Markdig (plain CommonMark, no extensions, no trivia) decides which
/// lines start a heading, a list item, a paragraph or an opaque block; this class then gives
/// every line of the file to exactly one node: the one whose start line is the nearest at or
/// above it. Because the nodes partition the lines, writing their source text back in tree
/// order reproduces the input byte for byte, whatever Markdig thought of the lines in between.
/// </summary>
public static partial class OutlineParser
{
    private static readonly MarkdownPipeline StructurePipeline = new MarkdownPipelineBuilder().Build();

    public static OutlineDocument Parse(string text, string name = "outline.md")
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new LineTable(text);
        var starts = new StartCollector(lines);
        starts.Collect(Markdown.Parse(text, StructurePipeline));

        var document = new OutlineDocument
        {
            Name = name,
            Sha256 = "",
            LineEnding = lines.DominantLineEnding,
            HasFinalNewline = text.EndsWith('\n') || text.EndsWith('\r'),
            Preamble = starts.Count == 0 ? text : text[..lines.Start(starts[0].Line)],
        };

        var nodes = new OutlineNode[starts.Count];
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var endLine = i + 1 < starts.Count ? starts[i + 1].Line : lines.Count;
            var node = BuildNode(text, lines, start, endLine);
            node.Document = document;
            nodes[i] = node;
            if (start.Parent is { } parent)
            {
                var parentNode = nodes[parent.Index];
                node.Parent = parentNode;
                node.Ordinal = parentNode.Children.Count;
                parentNode.Children.Add(node);
            }
        }

        var ordinal = 0;
        foreach (var node in nodes)
        {
            if (node.Parent is null)
            {
                node.Ordinal = ordinal++;
            }
        }

        document.Nodes.AddRange(nodes);
        return document;
    }

    private static OutlineNode BuildNode(string text, LineTable lines, NodeStart start, int endLine)
    {
        // Blank lines at the end of the node's range are its trailing lines; the rest is content.
        var contentEnd = endLine;
        while (contentEnd > start.Line + 1 && OutlineSyntax.IsBlank(lines.Content(text, contentEnd - 1)))
        {
            contentEnd--;
        }

        var lastContentLine = contentEnd - 1;
        var node = new OutlineNode
        {
            Kind = start.Kind,
            Level = start.Level,
            LineEnding = lines.Ending(text, lastContentLine),
            Trailing = contentEnd < endLine ? text[lines.Start(contentEnd)..lines.End(endLine - 1)] : "",
        };

        var body = text[lines.Start(start.Line)..lines.ContentEnd(lastContentLine)];
        var setextUnderline = start.IsSetext && lastContentLine > start.Line;
        if (setextUnderline)
        {
            var underlineStart = lines.ContentEnd(lastContentLine - 1) - lines.Start(start.Line);
            node.Suffix = body[underlineStart..];
            body = body[..underlineStart];
        }

        var indentLength = body.AsSpan().IndexOfAnyExcept(" \t");
        if (indentLength < 0)
        {
            indentLength = body.Length;
        }

        node.Indent = body[..indentLength];
        var rest = body[indentLength..];
        var syntax = start.Kind switch
        {
            OutlineNodeKind.ListItem => ListItemStart().Match(rest),
            OutlineNodeKind.Heading when !setextUnderline => AtxHeadingStart().Match(rest),
            _ => Match.Empty,
        };

        if (syntax.Success)
        {
            node.Marker = syntax.Groups["marker"].Value;
            node.Gap = syntax.Groups["gap"].Value;
            node.TaskBox = syntax.Groups["task"].Value;
            rest = rest[syntax.Length..];
        }

        node.Text = rest;
        node.PlainText = start.Inline is { } inline && !start.InlineIsPartial
            ? InlineText.ToPlainText(inline.Inline)
            : InlineText.ToPlainText(rest);
        ApplyDerivedFlags(node);
        return node;
    }

    /// <summary>Recomputes what is derived from the text. The editor calls this on every save.</summary>
    public static void ApplyDerivedFlags(OutlineNode node)
    {
        node.IsPlaceholder = node.Kind is OutlineNodeKind.ListItem or OutlineNodeKind.Paragraph or OutlineNodeKind.Heading
            && OutlineSyntax.IsPlaceholder(node.Text);
        node.IsSkillSet = node.Kind switch
        {
            OutlineNodeKind.ListItem => OutlineSyntax.IsSkillSetItem(node.PlainText),
            OutlineNodeKind.Heading => OutlineSyntax.IsSkillSetHeading(node.PlainText),
            _ => false,
        };
    }

    // A task box is only a task box when text follows it, as in GitHub's task lists.
    [GeneratedRegex(@"^(?<marker>[-+*]|[0-9]{1,9}[.)])(?<gap>[ \t]*)(?<task>\[[ xX]\][ \t]+(?=\S))?")]
    private static partial Regex ListItemStart();

    [GeneratedRegex(@"^(?<marker>#{1,6})(?<gap>[ \t]*)")]
    private static partial Regex AtxHeadingStart();

    private sealed record NodeStart(int Index, int Line, OutlineNodeKind Kind, int Level, NodeStart? Parent)
    {
        public bool IsSetext { get; init; }

        /// <summary>The Markdig block whose inlines are this node's text, when there is one.</summary>
        public LeafBlock? Inline { get; set; }

        /// <summary>True when the Markdig block covers only part of the text (as in "- 1984. x").</summary>
        public bool InlineIsPartial { get; set; }
    }

    /// <summary>Walks Markdig's block tree in document order and records where each node starts.</summary>
    private sealed class StartCollector(LineTable lines)
    {
        private readonly List<NodeStart> starts = [];
        private readonly List<NodeStart> headings = [];

        public int Count => starts.Count;
        public NodeStart this[int index] => starts[index];

        public void Collect(MarkdownDocument document)
        {
            foreach (var block in document)
            {
                var section = headings.Count > 0 ? headings[^1] : null;
                switch (block)
                {
                    case HeadingBlock heading:
                        while (headings.Count > 0 && headings[^1].Level >= heading.Level)
                        {
                            headings.RemoveAt(headings.Count - 1);
                        }

                        var start = Add(FirstLine(heading), OutlineNodeKind.Heading, heading.Level, headings.Count > 0 ? headings[^1] : null, heading.IsSetext);
                        if (start is not null)
                        {
                            start.Inline = heading;
                            headings.Add(start);
                        }

                        break;
                    case ListBlock list:
                        foreach (var item in list.OfType<ListItemBlock>())
                        {
                            AddItem(item, section, 1);
                        }

                        break;
                    case ParagraphBlock paragraph:
                        var node = Add(paragraph.Line, OutlineNodeKind.Paragraph, 0, section);
                        if (node is not null)
                        {
                            node.Inline = paragraph;
                        }

                        break;
                    default:
                        Add(block.Line, OutlineNodeKind.Block, 0, section);
                        break;
                }
            }
        }

        private void AddItem(ListItemBlock item, NodeStart? parent, int depth)
        {
            var node = Add(item.Line, OutlineNodeKind.ListItem, depth, parent);
            if (node is not null)
            {
                AddItemContent(item, node, depth, item.Line);
            }
        }

        /// <summary>
        /// Blocks that start on the item's own line are its text (even a nested list, as in
        /// "- - x" or "- 1984. x"); blocks on later lines become its children.
        /// </summary>
        private void AddItemContent(ContainerBlock item, NodeStart node, int depth, int line)
        {
            foreach (var child in item)
            {
                if (FirstLine(child) == line)
                {
                    switch (child)
                    {
                        case ListBlock sameLineList:
                            node.InlineIsPartial = true;
                            foreach (var sub in sameLineList.OfType<ListItemBlock>())
                            {
                                if (sub.Line == line)
                                {
                                    AddItemContent(sub, node, depth, line);
                                }
                                else
                                {
                                    AddItem(sub, node, depth + 1);
                                }
                            }

                            break;
                        case LeafBlock leaf when node.Inline is null:
                            node.Inline = leaf;
                            break;
                    }

                    continue;
                }

                switch (child)
                {
                    case ListBlock list:
                        foreach (var sub in list.OfType<ListItemBlock>())
                        {
                            AddItem(sub, node, depth + 1);
                        }

                        break;
                    case ParagraphBlock paragraph:
                        var added = Add(paragraph.Line, OutlineNodeKind.Paragraph, depth, node);
                        if (added is not null)
                        {
                            added.Inline = paragraph;
                        }

                        break;
                    default:
                        Add(FirstLine(child), OutlineNodeKind.Block, depth, node);
                        break;
                }
            }
        }

        /// <summary>
        /// Markdig gives a setext heading the line of its underline; the node starts at its
        /// first title line, which the block's span gives.
        /// </summary>
        private int FirstLine(Block block) =>
            block is HeadingBlock { IsSetext: true } ? lines.LineOf(block.Span.Start) : block.Line;

        /// <summary>Adds a node start, unless a node already starts on that line (its text then absorbs the block).</summary>
        private NodeStart? Add(int line, OutlineNodeKind kind, int level, NodeStart? parent, bool isSetext = false)
        {
            if (starts.Count > 0 && line <= starts[^1].Line)
            {
                return null;
            }

            var start = new NodeStart(starts.Count, line, kind, level, parent) { IsSetext = isSetext };
            starts.Add(start);
            return start;
        }
    }
}
