using JobSkills.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Outline;

public sealed record OutlineDocumentSummary(int Id, string Name, int Version, DateTime ImportedAt, long ByteLength, int Revision, bool IsLatest);

/// <summary>A field (heading) with counts over its whole section, subfields included.</summary>
public sealed record FieldSummary(
    int Id,
    int? ParentFieldId,
    int Level,
    string Title,
    string Path,
    int Line,
    int Nodes,
    int SkillSets,
    int Placeholders,
    int Subfields);

public sealed record PlaceholderEntry(int NodeId, int Version, string FieldPath, int Line, string Text, string Context);

public sealed record OutlineCounts(int Nodes, int Fields, int ListItems, int SkillSets, int Placeholders, int EditedNodes);

/// <summary>Read-side queries over stored outlines. Each call uses its own short-lived context.</summary>
public sealed class OutlineService(IDbContextFactory<JobSkillsDbContext> contextFactory)
{
    public async Task<IReadOnlyList<OutlineDocumentSummary>> ListDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = await db.OutlineDocuments.AsNoTracking()
            .OrderBy(d => d.Name).ThenBy(d => d.Version)
            .Select(d => new { d.Id, d.Name, d.Version, d.ImportedAt, d.ByteLength, d.Revision })
            .ToListAsync(cancellationToken);
        var latestVersion = documents.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Max(d => d.Version));
        return documents
            .Select(d => new OutlineDocumentSummary(d.Id, d.Name, d.Version, d.ImportedAt, d.ByteLength, d.Revision, latestVersion[d.Name] == d.Version))
            .ToList();
    }

    /// <summary>
    /// The document a command means: by id ("12"), by name (its latest version), or, with no
    /// selector, the most recently imported latest version. Null when there is none.
    /// </summary>
    public async Task<OutlineDocument?> FindDocumentAsync(string? selector = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var documents = db.OutlineDocuments.AsNoTracking();
        if (int.TryParse(selector, out var id))
        {
            return await documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(selector))
        {
            return await documents.Where(d => d.Name == selector)
                .OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        }

        return await documents.OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<OutlineTree> LoadTreeAsync(int documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var document = await db.OutlineDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new KeyNotFoundException($"outline document {documentId} does not exist");
        var nodes = await db.OutlineNodes.AsNoTracking().Where(n => n.DocumentId == documentId).ToListAsync(cancellationToken);
        return new OutlineTree(document, nodes);
    }

    public static IReadOnlyList<FieldSummary> SummarizeFields(OutlineTree tree)
    {
        var lines = LineNumbers(tree);
        var fields = new List<FieldSummary>();

        (int Nodes, int SkillSets, int Placeholders) CountSection(OutlineNode node)
        {
            int nodes = 0, skillSets = 0, placeholders = 0;
            foreach (var child in node.Children)
            {
                var (n, s, p) = CountSection(child);
                nodes += n + 1;
                skillSets += s + (child.IsSkillSet && child.Kind == OutlineNodeKind.ListItem ? 1 : 0);
                placeholders += p + (child.IsPlaceholder ? 1 : 0);
            }

            if (node.Kind == OutlineNodeKind.Heading)
            {
                fields.Add(new FieldSummary(
                    node.Id,
                    node.Parent?.Id,
                    node.Level,
                    node.PlainText.Trim(),
                    tree.FieldPathOf(node),
                    lines[node],
                    nodes,
                    skillSets,
                    placeholders,
                    node.Children.Count(c => c.Kind == OutlineNodeKind.Heading)));
            }

            return (nodes, skillSets, placeholders);
        }

        foreach (var root in tree.Roots)
        {
            CountSection(root);
        }

        return fields.OrderBy(f => f.Line).ToList();
    }

    public static IReadOnlyList<PlaceholderEntry> ListPlaceholders(OutlineTree tree, string? fieldPath = null)
    {
        HashSet<OutlineNode>? within = null;
        if (!string.IsNullOrWhiteSpace(fieldPath))
        {
            var fields = tree.FindFields(fieldPath);
            if (fields.Count == 0)
            {
                throw new ArgumentException($"no field matches \"{fieldPath}\" (run `fields` to list them)");
            }

            within = [.. fields];
        }

        var lines = LineNumbers(tree);
        return tree.InDocumentOrder()
            .Where(n => n.IsPlaceholder && (within is null || AncestorsAndSelf(n).Any(within.Contains)))
            .Select(n => new PlaceholderEntry(n.Id, n.Version, tree.FieldPathOf(n), lines[n], n.Text.Trim(), n.Parent?.PlainText.Trim() ?? ""))
            .ToList();
    }

    public static OutlineCounts Count(OutlineTree tree)
    {
        int nodes = 0, fields = 0, items = 0, skillSets = 0, placeholders = 0, edited = 0;
        foreach (var node in tree.InDocumentOrder())
        {
            nodes++;
            fields += node.Kind == OutlineNodeKind.Heading ? 1 : 0;
            items += node.Kind == OutlineNodeKind.ListItem ? 1 : 0;
            skillSets += node.IsSkillSet && node.Kind == OutlineNodeKind.ListItem ? 1 : 0;
            placeholders += node.IsPlaceholder ? 1 : 0;
            edited += node.IsEdited ? 1 : 0;
        }

        return new OutlineCounts(nodes, fields, items, skillSets, placeholders, edited);
    }

    /// <summary>The 1-based line on which each node starts in the exported file.</summary>
    public static Dictionary<OutlineNode, int> LineNumbers(OutlineTree tree)
    {
        var lines = new Dictionary<OutlineNode, int>(tree.Count);
        var line = 1 + LineBreaks(tree.Document.Preamble);
        foreach (var node in tree.InDocumentOrder())
        {
            lines[node] = line;
            line += LineBreaks(node.SourceText);
        }

        return lines;
    }

    private static int LineBreaks(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static IEnumerable<OutlineNode> AncestorsAndSelf(OutlineNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            yield return current;
        }
    }
}
