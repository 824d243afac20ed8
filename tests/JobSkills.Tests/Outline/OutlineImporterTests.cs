using System.Text;
using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Outline;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Tests.Outline;

public class OutlineImporterTests
{
    private static SourceFile Outline(string text, string name = "outline.md") => SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Import_SeedOutline_StoresTheTreeAndExportsItByteForByte()
    {
        using var database = await TestDatabase.CreateAsync();
        var seed = SourceFile.Read(SeedData.OutlinePath);
        var result = await new OutlineImporter(database.Factory).ImportAsync(seed);

        Assert.Equal(OutlineImportStatus.Imported, result.Status);
        Assert.Equal(124, result.Fields);
        Assert.Equal(seed.Text.Split('\n').Count(OutlineSyntax.IsPlaceholder), result.Placeholders);

        var tree = await new OutlineService(database.Factory).LoadTreeAsync(result.DocumentId);
        Assert.Equal(result.Nodes, tree.Count);
        Assert.Equal(seed.Bytes, OutlineExporter.ExportBytes(tree));
        Assert.Equal(seed.Sha256, tree.Document.Sha256);
    }

    [Fact]
    public async Task Import_SameBytesTwice_ReportsAlreadyImportedAndAddsNothing()
    {
        using var database = await TestDatabase.CreateAsync();
        var importer = new OutlineImporter(database.Factory);
        var first = await importer.ImportAsync(Outline("# A\n- x\n"));
        var second = await importer.ImportAsync(Outline("# A\n- x\n", "renamed.md"));

        Assert.Equal(OutlineImportStatus.AlreadyImported, second.Status);
        Assert.Equal(first.DocumentId, second.DocumentId);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(1, await db.OutlineDocuments.CountAsync());
        Assert.Equal(2, await db.OutlineNodes.CountAsync());
    }

    [Fact]
    public async Task Import_ChangedContentUnderTheSameName_AddsANewVersionAndKeepsTheOld()
    {
        using var database = await TestDatabase.CreateAsync();
        var importer = new OutlineImporter(database.Factory);
        var first = await importer.ImportAsync(Outline("# A\n- x\n"));
        var second = await importer.ImportAsync(Outline("# A\n- x\n- y\n"));

        Assert.Equal(OutlineImportStatus.NewVersion, second.Status);
        Assert.Equal(2, second.Version);
        var service = new OutlineService(database.Factory);
        Assert.Equal("# A\n- x\n", OutlineExporter.ExportText(await service.LoadTreeAsync(first.DocumentId)));
        Assert.Equal(second.DocumentId, (await service.FindDocumentAsync("outline.md"))!.Id);
    }

    [Fact]
    public async Task Import_ChangedFileAfterEdits_NeverOverwritesTheEditsAndSaysHowManyStayBehind()
    {
        using var database = await TestDatabase.CreateAsync();
        var importer = new OutlineImporter(database.Factory);
        var first = await importer.ImportAsync(Outline("# A\n- BLAH\n"));
        var tree = await new OutlineService(database.Factory).LoadTreeAsync(first.DocumentId);
        var placeholder = tree.InDocumentOrder().Single(n => n.IsPlaceholder);
        await new JobSkills.Editing.OutlineEditor(database.Factory).UpdateTextAsync(placeholder.Id, "Python", placeholder.Version, "test");

        var second = await importer.ImportAsync(Outline("# A\n- BLAH\n- y\n"));

        Assert.Equal(OutlineImportStatus.NewVersion, second.Status);
        Assert.Equal(1, second.EditsInPreviousVersion);
        var edited = await new OutlineService(database.Factory).LoadTreeAsync(first.DocumentId);
        Assert.Equal("# A\n- Python\n", OutlineExporter.ExportText(edited));
    }

    [Fact]
    public async Task Import_TheExportOfAnEditedDocument_IsRecognisedAsAlreadyImported()
    {
        using var database = await TestDatabase.CreateAsync();
        var importer = new OutlineImporter(database.Factory);
        var first = await importer.ImportAsync(Outline("# A\n- BLAH\n"));
        var service = new OutlineService(database.Factory);
        var node = (await service.LoadTreeAsync(first.DocumentId)).InDocumentOrder().Last();
        await new JobSkills.Editing.OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "Python", node.Version, "test");

        var again = await importer.ImportAsync(Outline("# A\n- Python\n"));

        Assert.Equal(OutlineImportStatus.AlreadyImported, again.Status);
        Assert.Equal(first.DocumentId, again.DocumentId);
    }

    [Fact]
    public async Task Import_CrashInTheMiddle_LeavesTheDatabaseAsItWas()
    {
        using var database = await TestDatabase.CreateAsync();
        var importer = new OutlineImporter(database.Factory);
        await importer.ImportAsync(Outline("# Existing\n- kept\n"));

        var crashing = new CrashAfter(stage: "store", done: 2000);
        var seed = SourceFile.Read(SeedData.OutlinePath);
        await Assert.ThrowsAsync<IOException>(() => importer.ImportAsync(seed, crashing));

        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(["outline.md"], await db.OutlineDocuments.Select(d => d.Name).ToListAsync());
        Assert.Equal(2, await db.OutlineNodes.CountAsync());

        // And the same import succeeds afterwards.
        var retried = await importer.ImportAsync(seed);
        Assert.Equal(OutlineImportStatus.Imported, retried.Status);
    }

    [Fact]
    public async Task Import_ReportsProgressUpToTheNodeCount()
    {
        using var database = await TestDatabase.CreateAsync();
        var reports = new List<ImportProgress>();
        var result = await new OutlineImporter(database.Factory).ImportAsync(SourceFile.Read(SeedData.OutlinePath), new SyncProgress(reports.Add));
        Assert.Contains(new ImportProgress("store", result.Nodes, result.Nodes), reports);
        Assert.Equal(new ImportProgress("index", result.Nodes, result.Nodes), reports[^1]);
        Assert.True(reports.Count > 5);
    }

    /// <summary>Progress is reported synchronously inside the import, so throwing here aborts it mid-transaction.</summary>
    private sealed class CrashAfter(string stage, int done) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Stage == stage && value.Done >= done)
            {
                throw new IOException("simulated crash");
            }
        }
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
