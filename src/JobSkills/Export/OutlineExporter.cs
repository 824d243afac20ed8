using System.Text;
using JobSkills.Outline;

namespace JobSkills.Export;

public enum PlaceholderFilter
{
    Keep,
    Exclude,
    Only,
}

/// <summary>Which parts of an outline to export. The empty filter exports everything.</summary>
public sealed record ExportFilter
{
    public static readonly ExportFilter All = new();

    /// <summary>Field paths such as "Artificial Intelligence + Machine Learning / Applied Machine Learning, Applied ML".</summary>
    public IReadOnlyList<string> FieldPaths { get; init; } = [];

    /// <summary>Keep nodes whose text contains every word of this query (case-insensitive).</summary>
    public string? Query { get; init; }

    public PlaceholderFilter Placeholders { get; init; } = PlaceholderFilter.Keep;

    public bool IsEmpty => FieldPaths.Count == 0 && string.IsNullOrWhiteSpace(Query) && Placeholders == PlaceholderFilter.Keep;
}

/// <summary>
/// Writes an outline back to markdown. Every node is written as its own source text, so an
/// unedited whole export is the imported file, and an edit changes only the edited node's lines.
/// A filtered export keeps the ancestors of every kept node, so the result stays a readable,
/// well-nested outline.
/// </summary>
public static class OutlineExporter
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string ExportText(OutlineTree tree, ExportFilter? filter = null)
    {
        filter ??= ExportFilter.All;
        var builder = new StringBuilder(tree.Document.Preamble, capacity: (int)Math.Min(int.MaxValue, tree.Document.ByteLength + 1024));
        if (filter.IsEmpty)
        {
            foreach (var node in tree.InDocumentOrder())
            {
                Append(builder, node);
            }

            return builder.ToString();
        }

        var kept = SelectNodes(tree, filter);
        foreach (var node in tree.InDocumentOrder())
        {
            if (kept.Contains(node))
            {
                Append(builder, node);
            }
        }

        return builder.ToString();
    }

    public static byte[] ExportBytes(OutlineTree tree, ExportFilter? filter = null)
    {
        var text = ExportText(tree, filter);
        var bom = tree.Document.HasBom ? Utf8Bom : [];
        var bytes = new byte[bom.Length + Encoding.UTF8.GetByteCount(text)];
        bom.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, bom.Length);
        return bytes;
    }

    /// <summary>The nodes a filter keeps: the matches, their subtrees, and every ancestor of a match.</summary>
    public static HashSet<OutlineNode> SelectNodes(OutlineTree tree, ExportFilter filter)
    {
        var fieldRoots = ResolveFields(tree, filter.FieldPaths);
        var words = (filter.Query ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kept = new HashSet<OutlineNode>();

        void Visit(OutlineNode node, bool inField, bool queryMatchedAbove)
        {
            inField |= fieldRoots.Contains(node);
            var queryMatched = queryMatchedAbove || words.Length == 0 || MatchesAll(node, words);
            if (inField && queryMatched && PassesPlaceholderFilter(node, filter.Placeholders))
            {
                kept.Add(node);
                for (var parent = node.Parent; parent is not null && kept.Add(parent); parent = parent.Parent)
                {
                }
            }

            foreach (var child in node.Children)
            {
                Visit(child, inField, queryMatched && words.Length > 0);
            }
        }

        foreach (var root in tree.Roots)
        {
            Visit(root, fieldRoots.Count == 0, false);
        }

        if (filter.Placeholders == PlaceholderFilter.Exclude)
        {
            DropEmptiedSkillSets(kept);
        }

        return kept;
    }

    /// <summary>With placeholders excluded, a "skill set:" bullet that held only placeholders has nothing left to say.</summary>
    private static void DropEmptiedSkillSets(HashSet<OutlineNode> kept)
    {
        var emptied = kept
            .Where(node => node.Kind == OutlineNodeKind.ListItem && node.IsSkillSet && node.Children.Count > 0)
            .Where(node => node.Children.All(child => !kept.Contains(child)) && node.Children.All(child => child.IsPlaceholder))
            .ToList();
        kept.ExceptWith(emptied);
    }

    private static bool PassesPlaceholderFilter(OutlineNode node, PlaceholderFilter filter) => filter switch
    {
        PlaceholderFilter.Exclude => !node.IsPlaceholder,
        PlaceholderFilter.Only => node.IsPlaceholder,
        _ => true,
    };

    private static bool MatchesAll(OutlineNode node, string[] words)
    {
        foreach (var word in words)
        {
            if (!node.PlainText.Contains(word, StringComparison.OrdinalIgnoreCase)
                && !node.Text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<OutlineNode> ResolveFields(OutlineTree tree, IReadOnlyList<string> paths)
    {
        var roots = new HashSet<OutlineNode>();
        foreach (var path in paths)
        {
            var matches = tree.FindFields(path);
            if (matches.Count == 0)
            {
                throw new ArgumentException($"no field matches \"{path}\" (run `fields` to list them)");
            }

            roots.UnionWith(matches);
        }

        return roots;
    }

    private static void Append(StringBuilder builder, OutlineNode node)
    {
        builder.Append(node.Indent).Append(node.Marker).Append(node.Gap).Append(node.TaskBox)
            .Append(node.Text).Append(node.Suffix).Append(node.LineEnding).Append(node.Trailing);
    }
}
