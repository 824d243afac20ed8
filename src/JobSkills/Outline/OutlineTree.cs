using System.Text.RegularExpressions;

namespace JobSkills.Outline;

/// <summary>
/// An outline document with its nodes linked into a tree (children ordered by ordinal).
/// Built either from the parser's output or from rows loaded out of the database.
/// </summary>
public sealed partial class OutlineTree
{
    public const string PathSeparator = " / ";

    private readonly Dictionary<OutlineNode, string> fieldPaths = [];

    public OutlineTree(OutlineDocument document, IEnumerable<OutlineNode> nodes)
    {
        Document = document;
        var all = nodes.ToList();
        var byId = all.Where(n => n.Id != 0).ToDictionary(n => n.Id);
        foreach (var node in all)
        {
            node.Children.Clear();
        }

        var roots = new List<OutlineNode>();
        foreach (var node in all)
        {
            if (node.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent))
            {
                node.Parent = parent;
            }

            if (node.Parent is { } p)
            {
                p.Children.Add(node);
            }
            else
            {
                roots.Add(node);
            }
        }

        foreach (var node in all)
        {
            node.Children.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
        }

        roots.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
        Roots = roots;
        Count = all.Count;
    }

    public OutlineDocument Document { get; }
    public IReadOnlyList<OutlineNode> Roots { get; }
    public int Count { get; }

    public static OutlineTree FromParsed(OutlineDocument parsed) => new(parsed, parsed.Nodes);

    /// <summary>Every node in document order (a pre-order walk).</summary>
    public IEnumerable<OutlineNode> InDocumentOrder()
    {
        var stack = new Stack<OutlineNode>();
        for (var i = Roots.Count - 1; i >= 0; i--)
        {
            stack.Push(Roots[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }

    public IEnumerable<OutlineNode> Fields => InDocumentOrder().Where(n => n.Kind == OutlineNodeKind.Heading);

    /// <summary>The chain of heading titles from the top down to this node's field, e.g. "AI / Applied ML / Computer Vision".</summary>
    public string FieldPathOf(OutlineNode node)
    {
        var field = node;
        while (field is not null && field.Kind != OutlineNodeKind.Heading)
        {
            field = field.Parent;
        }

        if (field is null)
        {
            return "";
        }

        if (!fieldPaths.TryGetValue(field, out var path))
        {
            var parentPath = field.Parent is null ? "" : FieldPathOf(field.Parent);
            path = parentPath.Length == 0 ? field.PlainText.Trim() : parentPath + PathSeparator + field.PlainText.Trim();
            fieldPaths[field] = path;
        }

        return path;
    }

    /// <summary>
    /// Fields matching a path. The path may be the whole path, or its last segments
    /// ("Applied Machine Learning, Applied ML / Computer Vision"); comparison ignores case
    /// and extra spaces around the separators.
    /// </summary>
    public IReadOnlyList<OutlineNode> FindFields(string path)
    {
        var wanted = SplitPath(path);
        if (wanted.Length == 0)
        {
            return [];
        }

        var matches = new List<OutlineNode>();
        foreach (var field in Fields)
        {
            var segments = SplitPath(FieldPathOf(field));
            if (segments.Length >= wanted.Length
                && segments.AsSpan(segments.Length - wanted.Length).SequenceEqual(wanted, StringComparer.OrdinalIgnoreCase))
            {
                matches.Add(field);
            }
        }

        return matches;
    }

    // Only a slash with whitespace around it separates segments: titles such as
    // "Academic/University Research Labs" contain bare slashes.
    private static string[] SplitPath(string path) =>
        PathSeparatorPattern().Split(path.Trim()).Where(s => s.Length > 0).ToArray();

    [GeneratedRegex(@"\s+/\s+")]
    private static partial Regex PathSeparatorPattern();
}
