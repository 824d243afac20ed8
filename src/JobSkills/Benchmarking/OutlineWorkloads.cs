using JobSkills.Data;
using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Outline;
using Markdig;
using Markdig.Syntax;
using Microsoft.Data.Sqlite;

namespace JobSkills.Benchmarking;

/// <summary>
/// The outline workloads that the benchmarks time, shared by BenchmarkDotNet and `jobskills bench`.
/// Each timed step has an untimed Prepare step that makes its fresh database file, so the
/// figures compare the work itself: the floor (what Markdig and SQLite need at the least)
/// against our import and export.
/// </summary>
public sealed class OutlineWorkloads : IDisposable
{
    private static readonly MarkdownPipeline TriviaPipeline = new MarkdownPipelineBuilder().EnableTrackTrivia().Build();

    /// <summary>The columns our importer writes per node, in a table with no index, key or constraint.</summary>
    private static readonly (string Column, Func<OutlineNode, object?> Value)[] BareColumns =
    [
        ("Ordinal", n => n.Ordinal),
        ("Kind", n => (int)n.Kind),
        ("Level", n => n.Level),
        ("Indent", n => n.Indent),
        ("Marker", n => n.Marker),
        ("Gap", n => n.Gap),
        ("TaskBox", n => n.TaskBox),
        ("Text", n => n.Text),
        ("Suffix", n => n.Suffix),
        ("LineEnding", n => n.LineEnding),
        ("Trailing", n => n.Trailing),
        ("PlainText", n => n.PlainText),
        ("IsPlaceholder", n => n.IsPlaceholder),
        ("IsSkillSet", n => n.IsSkillSet),
    ];

    private readonly ScratchDatabases databases;
    private readonly object?[][] bareRows;

    public OutlineWorkloads(SourceFile file, string? workFolder = null)
    {
        File = file;
        databases = new ScratchDatabases(workFolder);

        var tree = OutlineTree.FromParsed(OutlineParser.Parse(file.Text, file.Name));
        Nodes = tree.Count;
        bareRows = BareRows(tree);
    }

    public SourceFile File { get; }

    public int Nodes { get; }

    /// <summary>The floor, part one: Markdig's full-fidelity (trivia) parse of the outline.</summary>
    public MarkdownDocument ParseWithTrivia() => Markdown.Parse(File.Text, TriviaPipeline);

    /// <summary>A fresh WAL database file with one bare table for <see cref="BareInsert"/>.</summary>
    public string PrepareBareDatabase()
    {
        var path = databases.NewPath("bare");
        using var connection = ScratchDatabases.OpenUnpooled(path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Nodes (Id INTEGER, DocumentId INTEGER, ParentId INTEGER, "
            + string.Join(", ", BareColumns.Select(c => c.Column)) + ");";
        command.ExecuteNonQuery();
        return path;
    }

    /// <summary>
    /// The floor, part two: the same rows our importer stores, inserted with one prepared
    /// INSERT in one transaction on a plain Microsoft.Data.Sqlite connection.
    /// </summary>
    public int BareInsert(string databasePath)
    {
        using var connection = ScratchDatabases.OpenUnpooled(databasePath);
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new[] { "Id", "DocumentId", "ParentId" }.Concat(BareColumns.Select(c => c.Column)).ToArray();
        command.CommandText = $"INSERT INTO Nodes ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
        var parameters = names.Select(n => command.Parameters.Add(new SqliteParameter { ParameterName = "$" + n })).ToArray();
        command.Prepare();

        foreach (var row in bareRows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return bareRows.Length;
    }

    /// <summary>A fresh database file with every migration applied, for <see cref="ImportAsync"/>.</summary>
    public Task<string> PrepareImportDatabaseAsync(CancellationToken cancellationToken = default) =>
        databases.CreateMigratedAsync("import", cancellationToken);

    /// <summary>Our whole import: parse, round-trip proof, and the store in one transaction.</summary>
    public Task<OutlineImportResult> ImportAsync(string databasePath, CancellationToken cancellationToken = default) =>
        new OutlineImporter(new DbContextFactory(databasePath)).ImportAsync(File, cancellationToken: cancellationToken);

    /// <summary>A whole export: load the stored tree and write its bytes.</summary>
    public async Task<byte[]> ExportAsync(string databasePath, CancellationToken cancellationToken = default)
    {
        var outlines = new OutlineService(new DbContextFactory(databasePath));
        var document = await outlines.FindDocumentAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"{databasePath}: holds no outline to export");
        var tree = await outlines.LoadTreeAsync(document.Id, cancellationToken);
        return OutlineExporter.ExportBytes(tree);
    }

    /// <summary>Deletes a database file made by a Prepare step, with its WAL files.</summary>
    public static void DeleteDatabase(string path) => ScratchDatabases.Delete(path);

    public void Dispose() => databases.Dispose();

    /// <summary>Ids in document order, as the importer assigns them, then the node's own columns.</summary>
    private static object?[][] BareRows(OutlineTree tree)
    {
        var ids = new Dictionary<OutlineNode, int>(tree.Count);
        var rows = new List<object?[]>(tree.Count);
        foreach (var node in tree.InDocumentOrder())
        {
            ids[node] = ids.Count + 1;
            object?[] keys = [ids[node], 1, node.Parent is null ? null : ids[node.Parent]];
            rows.Add([.. keys, .. BareColumns.Select(c => c.Value(node))]);
        }

        return [.. rows];
    }
}
