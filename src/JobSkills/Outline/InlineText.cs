using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace JobSkills.Outline;

/// <summary>Turns inline markdown (emphasis, links, code) into plain text.</summary>
public static class InlineText
{
    // Only the paragraph parser is left, so "1. x", "# x" or "> x" inside a bullet's text stay text.
    internal static readonly MarkdownPipeline InlineOnlyPipeline = BuildInlineOnlyPipeline();

    public static string ToPlainText(string markdown)
    {
        if (markdown.Length == 0)
        {
            return "";
        }

        var document = Markdown.Parse(markdown, InlineOnlyPipeline);
        var builder = new StringBuilder(markdown.Length);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            Append(builder, block.Inline);
        }

        return Collapse(builder);
    }

    public static string ToPlainText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline);
        return Collapse(builder);
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child);
                }

                break;
        }
    }

    private static string Collapse(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var space = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static MarkdownPipeline BuildInlineOnlyPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        return builder.Build();
    }
}
