using System.Text;
using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Search;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Editing;

/// <summary>
/// Changes to a stored outline. Each change is one transaction that checks the node's version
/// (so a second tab gets a conflict, never a silent overwrite), rewrites only the node's own
/// lines, and records the before and after text.
/// </summary>
public sealed class OutlineEditor(
    IDbContextFactory<JobSkillsDbContext> contextFactory,
    SkillLinker? linker = null,
    ISearchIndex? searchIndex = null,
    TimeProvider? clock = null)
{
    private readonly SkillLinker linker = linker ?? new SkillLinker(contextFactory);
    private readonly ISearchIndex searchIndex = searchIndex ?? new SqliteSearchIndex();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>Replaces a node's text. Markers, indentation, task box and blank lines around it stay as they were.</summary>
    public async Task<OutlineNode> UpdateTextAsync(int nodeId, string newText, int expectedVersion, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newText);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await LoadForEditAsync(db, nodeId, expectedVersion, cancellationToken);
        var document = await db.OutlineDocuments.SingleAsync(d => d.Id == node.DocumentId, cancellationToken);

        var before = node.SourceText;
        if (node.Gap.Length == 0 && node.Marker.Length > 0 && newText.Length > 0)
        {
            // "-" or "#" with no text yet: the text needs a space after the marker to stay a bullet or heading.
            node.Gap = " ";
        }

        var lines = SplitLines(node, newText);
        EnsureStructureKept(node, lines);
        node.Text = JoinLines(lines, document.LineEnding, ContinuationPrefix(node, node.Indent));
        node.PlainText = InlineText.ToPlainText(node.Text);
        OutlineParser.ApplyDerivedFlags(node);
        node.IsEdited = true;
        node.Version++;
        if (node.SourceText == before)
        {
            return node;
        }

        Record(db, document, node.Id, EditKind.UpdateText, actor, before, node.SourceText);
        await SaveAsync(db, cancellationToken);
        await searchIndex.RemoveOutlineNodesAsync(db, [node.Id], cancellationToken);
        await searchIndex.IndexOutlineNodesAsync(db, node.DocumentId, [node], cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Skill links are derived data: re-linked after the edit is safe, in their own transaction.
        await linker.RelinkNodesAsync([node.Id], cancellationToken);
        return node;
    }

    /// <summary>Deletes a node with its whole subtree. Exactly those lines leave the file; no other byte changes.</summary>
    public async Task DeleteAsync(int nodeId, int expectedVersion, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var node = await LoadForEditAsync(db, nodeId, expectedVersion, cancellationToken);
        var document = await db.OutlineDocuments.SingleAsync(d => d.Id == node.DocumentId, cancellationToken);
        var nodes = await db.OutlineNodes.Where(n => n.DocumentId == node.DocumentId).ToListAsync(cancellationToken);
        var tree = new OutlineTree(document, nodes);
        var subtree = Descendants(node).Prepend(node).ToList();

        var before = new StringBuilder();
        foreach (var removed in subtree)
        {
            before.Append(removed.SourceText);
        }

        var siblings = node.Parent?.Children ?? tree.Roots;
        foreach (var later in siblings.Where(s => s.Ordinal > node.Ordinal))
        {
            later.Ordinal--;
        }

        // Children first, so that no row ever points at a deleted parent.
        for (var i = subtree.Count - 1; i >= 0; i--)
        {
            db.OutlineNodes.Remove(subtree[i]);
        }

        Record(db, document, node.Id, EditKind.Delete, actor, before.ToString(), "");
        await SaveAsync(db, cancellationToken);
        await searchIndex.RemoveOutlineNodesAsync(db, subtree.Select(n => n.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static IEnumerable<OutlineNode> Descendants(OutlineNode node) =>
        node.Children.SelectMany(child => Descendants(child).Prepend(child));

    private static async Task<OutlineNode> LoadForEditAsync(JobSkillsDbContext db, int nodeId, int expectedVersion, CancellationToken cancellationToken)
    {
        var node = await db.OutlineNodes.SingleOrDefaultAsync(n => n.Id == nodeId, cancellationToken)
            ?? throw new EditConflictException($"Entry {nodeId} no longer exists; it was deleted, perhaps in another tab. Reload to see the current outline.");
        if (node.Version != expectedVersion)
        {
            throw new EditConflictException(
                $"Entry {nodeId} was changed elsewhere (another tab or user) since you opened it; nothing was saved. Reload to see the change, then edit again.");
        }

        return node;
    }

    private void Record(JobSkillsDbContext db, OutlineDocument document, int nodeId, EditKind kind, string actor, string before, string after)
    {
        document.Revision++;
        db.EditRecords.Add(new EditRecord
        {
            DocumentId = document.Id,
            NodeId = nodeId,
            Kind = kind,
            At = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Before = before,
            After = after,
        });
    }

    private static async Task SaveAsync(JobSkillsDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new EditConflictException("This entry was changed elsewhere (another tab or user) while you were saving; nothing was saved. Reload and try again.", e);
        }
    }

    private static string[] SplitLines(OutlineNode node, string newText)
    {
        var lines = newText.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        if (node.Kind is OutlineNodeKind.Paragraph or OutlineNodeKind.Block && lines.All(line => OutlineSyntax.IsBlank(line)))
        {
            throw new EditRejectedException("An entry cannot be empty; delete it instead.");
        }

        if (lines.Length > 1 && node.Kind == OutlineNodeKind.Heading)
        {
            throw new EditRejectedException("A heading is one line; remove the line breaks.");
        }

        if (lines.Skip(1).Any(line => OutlineSyntax.IsBlank(line)))
        {
            throw new EditRejectedException("Blank lines inside an entry would split it in two; remove them.");
        }

        return lines;
    }

    /// <summary>
    /// Continuation lines are indented to the node's content column, so they stay part of it,
    /// and use the document's own line ending.
    /// </summary>
    private static string JoinLines(string[] lines, string lineEnding, string continuationPrefix)
    {
        var builder = new StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            builder.Append(lineEnding).Append(continuationPrefix).Append(line.TrimStart());
        }

        return builder.ToString();
    }

    private static string ContinuationPrefix(OutlineNode node, string indent)
    {
        var head = node.Indent + node.Marker + node.Gap + node.TaskBox;
        return indent + new string(' ', Math.Max(0, OutlineSyntax.Columns(head) - OutlineSyntax.Columns(node.Indent)));
    }

    /// <summary>
    /// Refuses text that would turn this node into something else when the file is read back,
    /// such as a line break followed by "- x", which would add a bullet. The node is parsed on
    /// its own, without its indent, so that only its own syntax is judged.
    /// </summary>
    private static void EnsureStructureKept(OutlineNode node, string[] lines)
    {
        var alone = node.Marker + node.Gap + node.TaskBox + JoinLines(lines, "\n", ContinuationPrefix(node, "")) + node.Suffix;
        var reparsed = OutlineParser.Parse(alone).Nodes;
        var kept = reparsed.Count == 1
            && reparsed[0].Kind == node.Kind
            && (node.Kind != OutlineNodeKind.Heading || reparsed[0].Level == node.Level);
        if (!kept)
        {
            throw new EditRejectedException(reparsed.Count > 1
                ? "That text would split this entry into several entries (a line starts like a bullet or heading); add them as separate entries instead."
                : "That text would change what kind of entry this is (for example a bullet into a heading); write it differently.");
        }
    }
}
