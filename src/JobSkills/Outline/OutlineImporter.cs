using System.Diagnostics;
using JobSkills.Data;
using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Search;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Outline;

public enum OutlineImportStatus
{
    /// <summary>A new outline, stored as version 1.</summary>
    Imported,

    /// <summary>Changed content of an outline already stored under the same name: a new version beside the old one.</summary>
    NewVersion,

    /// <summary>The same bytes were imported before (or equal the current, edited state); nothing was written.</summary>
    AlreadyImported,
}

public sealed record OutlineImportResult(
    OutlineImportStatus Status,
    int DocumentId,
    string Name,
    int Version,
    int Nodes,
    int Fields,
    int Placeholders,
    int SkillSets,
    TimeSpan Elapsed)
{
    /// <summary>For a new version: edits made to the previous version, which stay there and are not in this one.</summary>
    public int EditsInPreviousVersion { get; init; }
}

/// <summary>
/// Imports a markdown outline: parse, prove the round trip, then store the tree in one transaction.
/// </summary>
public sealed class OutlineImporter(
    IDbContextFactory<JobSkillsDbContext> contextFactory,
    ISearchIndex? searchIndex = null,
    TimeProvider? clock = null)
{
    private const int ProgressEvery = 1000;
    private readonly ISearchIndex searchIndex = searchIndex ?? new SqliteSearchIndex();
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async Task<OutlineImportResult> ImportAsync(
        SourceFile file,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        progress?.Report(new ImportProgress("parse", 0, 0));
        var parsed = OutlineParser.Parse(file.Text, file.Name);
        parsed.Sha256 = file.Sha256;
        parsed.ByteLength = file.Bytes.Length;
        parsed.HasBom = file.HasBom;
        parsed.SourcePath = file.Path;
        var tree = OutlineTree.FromParsed(parsed);
        VerifyRoundTrip(file, tree);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // SQLite transactions from EF begin IMMEDIATE: the duplicate check and the insert are
        // serialised against any other importer, so two first starts cannot both import the seed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await FindSameContentAsync(db, file, cancellationToken);
        if (existing is not null)
        {
            return Summarize(OutlineImportStatus.AlreadyImported, existing, await CountsAsync(db, existing.Id, cancellationToken), stopwatch);
        }

        var previous = await db.OutlineDocuments.AsNoTracking()
            .Where(d => d.Name == file.Name)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);

        var document = new OutlineDocument
        {
            Name = parsed.Name,
            SourcePath = parsed.SourcePath,
            Version = (previous?.Version ?? 0) + 1,
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            Sha256 = parsed.Sha256,
            ByteLength = parsed.ByteLength,
            HasBom = parsed.HasBom,
            LineEnding = parsed.LineEnding,
            HasFinalNewline = parsed.HasFinalNewline,
            Preamble = parsed.Preamble,
        };
        db.OutlineDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);

        await InsertNodesAsync(db, document.Id, tree, progress, cancellationToken);
        progress?.Report(new ImportProgress("index", 0, tree.Count));
        await searchIndex.IndexOutlineNodesAsync(db, document.Id, tree.InDocumentOrder(), cancellationToken);
        progress?.Report(new ImportProgress("index", tree.Count, tree.Count));
        await transaction.CommitAsync(cancellationToken);

        var result = Summarize(
            previous is null ? OutlineImportStatus.Imported : OutlineImportStatus.NewVersion,
            document,
            Count(parsed.Nodes),
            stopwatch);
        if (previous is not null)
        {
            result = result with { EditsInPreviousVersion = await db.EditRecords.CountAsync(e => e.DocumentId == previous.Id, cancellationToken) };
        }

        return result;
    }

    /// <summary>Refuses any file this importer cannot give back byte for byte, before anything is stored.</summary>
    private static void VerifyRoundTrip(SourceFile file, OutlineTree tree)
    {
        var exported = OutlineExporter.ExportBytes(tree);
        if (exported.AsSpan().SequenceEqual(file.Bytes))
        {
            return;
        }

        var at = exported.AsSpan().CommonPrefixLength(file.Bytes);
        throw new ImportException($"{file.Path ?? file.Name}: cannot be stored exactly (the round trip differs at byte {at}); nothing was imported");
    }

    /// <summary>A stored outline with these exact bytes: an earlier import, or the current (edited) state of a document of this name.</summary>
    private static async Task<OutlineDocument?> FindSameContentAsync(JobSkillsDbContext db, SourceFile file, CancellationToken cancellationToken)
    {
        var sameHash = await db.OutlineDocuments.AsNoTracking()
            .Where(d => d.Sha256 == file.Sha256)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (sameHash is not null)
        {
            return sameHash;
        }

        var latestEdited = await db.OutlineDocuments.AsNoTracking()
            .Where(d => d.Name == file.Name && d.Revision > 0)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        if (latestEdited is null)
        {
            return null;
        }

        var nodes = await db.OutlineNodes.AsNoTracking().Where(n => n.DocumentId == latestEdited.Id).ToListAsync(cancellationToken);
        var current = OutlineExporter.ExportBytes(new OutlineTree(latestEdited, nodes));
        return current.AsSpan().SequenceEqual(file.Bytes) ? latestEdited : null;
    }

    /// <summary>
    /// Prepared INSERTs on the context's own connection and transaction: about 10× faster than
    /// EF change tracking for ten thousand rows, and still one atomic unit with the document row.
    /// Ids are assigned here, in document order, so every parent's id is known before its children.
    /// </summary>
    private static async Task InsertNodesAsync(
        JobSkillsDbContext db,
        int documentId,
        OutlineTree tree,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand("SELECT COALESCE(MAX(\"Id\"), 0) FROM \"OutlineNodes\"");
        var nextId = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken)) + 1;

        command.CommandText = """
            INSERT INTO "OutlineNodes" ("Id", "DocumentId", "ParentId", "Ordinal", "Kind", "Level", "Indent", "Marker", "Gap",
                "TaskBox", "Text", "Suffix", "LineEnding", "Trailing", "PlainText", "IsPlaceholder", "IsSkillSet", "IsEdited", "Version")
            VALUES ($id, $document, $parent, $ordinal, $kind, $level, $indent, $marker, $gap,
                $task, $text, $suffix, $ending, $trailing, $plain, $placeholder, $skillset, 0, 0)
            """;
        var id = command.AddParameter("$id");
        command.AddParameter("$document", documentId);
        var parent = command.AddParameter("$parent");
        var ordinal = command.AddParameter("$ordinal");
        var kind = command.AddParameter("$kind");
        var level = command.AddParameter("$level");
        var indent = command.AddParameter("$indent");
        var marker = command.AddParameter("$marker");
        var gap = command.AddParameter("$gap");
        var task = command.AddParameter("$task");
        var text = command.AddParameter("$text");
        var suffix = command.AddParameter("$suffix");
        var ending = command.AddParameter("$ending");
        var trailing = command.AddParameter("$trailing");
        var plain = command.AddParameter("$plain");
        var placeholder = command.AddParameter("$placeholder");
        var skillSet = command.AddParameter("$skillset");
        await command.PrepareAsync(cancellationToken);

        var done = 0;
        foreach (var node in tree.InDocumentOrder())
        {
            node.Id = nextId++;
            node.DocumentId = documentId;
            node.ParentId = node.Parent?.Id;
            id.Value = node.Id;
            parent.Value = (object?)node.ParentId ?? DBNull.Value;
            ordinal.Value = node.Ordinal;
            kind.Value = (int)node.Kind;
            level.Value = node.Level;
            indent.Value = node.Indent;
            marker.Value = node.Marker;
            gap.Value = node.Gap;
            task.Value = node.TaskBox;
            text.Value = node.Text;
            suffix.Value = node.Suffix;
            ending.Value = node.LineEnding;
            trailing.Value = node.Trailing;
            plain.Value = node.PlainText;
            placeholder.Value = node.IsPlaceholder;
            skillSet.Value = node.IsSkillSet;
            await command.ExecuteNonQueryAsync(cancellationToken);

            if (++done % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress("store", done, tree.Count));
            }
        }

        progress?.Report(new ImportProgress("store", done, tree.Count));
    }

    private readonly record struct NodeCounts(int Nodes, int Fields, int Placeholders, int SkillSets);

    private static NodeCounts Count(IReadOnlyCollection<OutlineNode> nodes) => new(
        nodes.Count,
        nodes.Count(n => n.Kind == OutlineNodeKind.Heading),
        nodes.Count(n => n.IsPlaceholder),
        nodes.Count(n => n.IsSkillSet && n.Kind == OutlineNodeKind.ListItem));

    private static async Task<NodeCounts> CountsAsync(JobSkillsDbContext db, int documentId, CancellationToken cancellationToken)
    {
        var nodes = db.OutlineNodes.Where(n => n.DocumentId == documentId);
        return new NodeCounts(
            await nodes.CountAsync(cancellationToken),
            await nodes.CountAsync(n => n.Kind == OutlineNodeKind.Heading, cancellationToken),
            await nodes.CountAsync(n => n.IsPlaceholder, cancellationToken),
            await nodes.CountAsync(n => n.IsSkillSet && n.Kind == OutlineNodeKind.ListItem, cancellationToken));
    }

    private static OutlineImportResult Summarize(OutlineImportStatus status, OutlineDocument document, NodeCounts counts, Stopwatch stopwatch) => new(
        status, document.Id, document.Name, document.Version, counts.Nodes, counts.Fields, counts.Placeholders, counts.SkillSets, stopwatch.Elapsed);
}
