using System.Text;
using JobSkills.Editing;
using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Search;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Tests.Editing;

public class OutlineEditorTests
{
    private static async Task<(TestDatabase Database, OutlineTree Tree)> ImportAsync(SourceFile file)
    {
        var database = await TestDatabase.CreateAsync();
        var result = await new OutlineImporter(database.Factory).ImportAsync(file);
        return (database, await new OutlineService(database.Factory).LoadTreeAsync(result.DocumentId));
    }

    private static Task<(TestDatabase Database, OutlineTree Tree)> ImportAsync(string text) =>
        ImportAsync(SourceFile.FromBytes("outline.md", Encoding.UTF8.GetBytes(text)));

    private static async Task<string> ExportAsync(TestDatabase database, int documentId) =>
        OutlineExporter.ExportText(await new OutlineService(database.Factory).LoadTreeAsync(documentId));

    [Fact]
    public async Task UpdateText_OnePlaceholderInTheSeed_ChangesOnlyThatLine()
    {
        var seed = SourceFile.Read(SeedData.OutlinePath);
        var (database, tree) = await ImportAsync(seed);
        using var _ = database;
        var placeholder = tree.InDocumentOrder().Where(n => n.IsPlaceholder).Skip(100).First();

        var edited = await new OutlineEditor(database.Factory).UpdateTextAsync(placeholder.Id, "Experience with PyTorch", placeholder.Version, "test");

        Assert.False(edited.IsPlaceholder);
        Assert.True(edited.IsEdited);
        var before = seed.Text.Split('\n');
        var after = (await ExportAsync(database, tree.Document.Id)).Split('\n');
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        var line = Assert.Single(changed);
        Assert.Equal(placeholder.Indent + placeholder.Marker + placeholder.Gap + "Experience with PyTorch", after[line]);
    }

    [Fact]
    public async Task UpdateText_RecordsBeforeAndAfterAndBumpsTheVersion()
    {
        var (database, tree) = await ImportAsync("# A\n- BLAH\n");
        using var _ = database;
        var node = tree.InDocumentOrder().Last();

        var edited = await new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "Python", node.Version, "web");

        Assert.Equal(node.Version + 1, edited.Version);
        await using var db = database.Factory.CreateDbContext();
        var record = await db.EditRecords.SingleAsync();
        Assert.Equal((EditKind.UpdateText, node.Id, "web", "- BLAH\n", "- Python\n"), (record.Kind, record.NodeId, record.Actor, record.Before, record.After));
        Assert.Equal(1, (await db.OutlineDocuments.SingleAsync()).Revision);
    }

    [Fact]
    public async Task UpdateText_WithAStaleVersion_IsAConflictAndSavesNothing()
    {
        var (database, tree) = await ImportAsync("# A\n- BLAH\n");
        using var _ = database;
        var node = tree.InDocumentOrder().Last();
        var editor = new OutlineEditor(database.Factory);
        await editor.UpdateTextAsync(node.Id, "first tab", node.Version, "tab 1");

        var conflict = await Assert.ThrowsAsync<EditConflictException>(() => editor.UpdateTextAsync(node.Id, "second tab", node.Version, "tab 2"));

        Assert.Contains("changed elsewhere", conflict.Message);
        Assert.Equal("# A\n- first tab\n", await ExportAsync(database, tree.Document.Id));
    }

    [Fact]
    public async Task UpdateText_TwoTabsAtOnce_OneWinsAndTheOtherGetsAConflict()
    {
        var (database, tree) = await ImportAsync("# A\n- BLAH\n");
        using var _ = database;
        var node = tree.InDocumentOrder().Last();
        var editor = new OutlineEditor(database.Factory);

        var attempts = await Task.WhenAll(Enumerable.Range(1, 4).Select(tab => Task.Run(async () =>
        {
            try
            {
                await editor.UpdateTextAsync(node.Id, $"tab {tab}", node.Version, $"tab {tab}");
                return $"tab {tab}";
            }
            catch (EditConflictException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(attempts, a => a is not null);
        Assert.Equal($"# A\n- {winner}\n", await ExportAsync(database, tree.Document.Id));
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(1, await db.EditRecords.CountAsync());
    }

    [Fact]
    public async Task UpdateText_MultipleLines_IndentsContinuationsToTheContentColumnInTheDocumentsLineEnding()
    {
        var (database, tree) = await ImportAsync("- A\r\n\t- BLAH\r\n- next\r\n");
        using var _ = database;
        var node = tree.InDocumentOrder().ElementAt(1);

        await new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "first line\nsecond line", node.Version, "test");

        var exported = await ExportAsync(database, tree.Document.Id);
        Assert.Equal("- A\r\n\t- first line\r\n\t  second line\r\n- next\r\n", exported);
        Assert.Equal(3, OutlineParser.Parse(exported).Nodes.Count);
    }

    [Theory]
    [InlineData("ok\n- sneaky bullet")]
    [InlineData("ok\n\nsecond paragraph")]
    public async Task UpdateText_ThatWouldAddEntries_IsRejected(string text)
    {
        var (database, tree) = await ImportAsync("- BLAH\n");
        using var _ = database;
        var node = tree.Roots[0];

        await Assert.ThrowsAsync<EditRejectedException>(() => new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, text, node.Version, "test"));
        Assert.Equal("- BLAH\n", await ExportAsync(database, tree.Document.Id));
    }

    [Fact]
    public async Task UpdateText_HeadingWithLineBreak_IsRejected()
    {
        var (database, tree) = await ImportAsync("## Field\n");
        using var _ = database;
        var node = tree.Roots[0];
        var error = await Assert.ThrowsAsync<EditRejectedException>(() => new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "a\nb", node.Version, "test"));
        Assert.Contains("heading is one line", error.Message);
    }

    [Fact]
    public async Task UpdateText_TextThatLooksLikeABlock_StaysTheBulletsText()
    {
        var (database, tree) = await ImportAsync("- BLAH\n- b\n");
        using var _ = database;
        var node = tree.Roots[0];
        await new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "1984. a year", node.Version, "test");
        var exported = await ExportAsync(database, tree.Document.Id);
        Assert.Equal("- 1984. a year\n- b\n", exported);
        Assert.Equal(["1984. a year", "b"], OutlineParser.Parse(exported).Nodes.Select(n => n.Text));
    }

    [Fact]
    public async Task UpdateText_RelinksTheNodesSkillTermsAndSearchEntry()
    {
        var (database, tree) = await ImportAsync("# Platform\n- ***Kubernetes***\n- BLAH\n");
        using var _ = database;
        await new SkillLinker(database.Factory).RelinkOutlineAsync(tree.Document.Id);
        var node = tree.InDocumentOrder().Last();

        await new OutlineEditor(database.Factory).UpdateTextAsync(node.Id, "Kubernetes and the operators", node.Version, "test");

        await using var db = database.Factory.CreateDbContext();
        var terms = await db.TermOccurrences.Where(o => o.OutlineNodeId == node.Id).Select(o => o.Term!.Name).ToListAsync();
        Assert.Contains("Kubernetes", terms);
        var hits = await new SqliteSearchIndex().SearchOutlineAsync(db, SearchQuery.Parse("operators"), tree.Document.Id, 10);
        Assert.Equal(node.Id, Assert.Single(hits).NodeId);
    }

    [Fact]
    public async Task Delete_TheLastNodeOfAFileWithoutFinalNewline_RemovesExactlyItsBytes()
    {
        var (database, tree) = await ImportAsync("# A\n- a\n\n- last");
        using var _ = database;
        var last = tree.InDocumentOrder().Last();

        await new OutlineEditor(database.Factory).DeleteAsync(last.Id, last.Version, "test");

        Assert.Equal("# A\n- a\n\n", await ExportAsync(database, tree.Document.Id));
    }

    [Fact]
    public async Task Delete_ANodeWithChildren_RemovesTheSubtreeAndRenumbersLaterSiblings()
    {
        var (database, tree) = await ImportAsync("# A\n- a\n\t- a1\n\t\t- a11\n- b\n- c\n");
        using var _ = database;
        var a = tree.Roots[0].Children[0];

        await new OutlineEditor(database.Factory).DeleteAsync(a.Id, a.Version, "test");

        var after = await new OutlineService(database.Factory).LoadTreeAsync(tree.Document.Id);
        Assert.Equal("# A\n- b\n- c\n", OutlineExporter.ExportText(after));
        Assert.Equal([0, 1], after.Roots[0].Children.Select(c => c.Ordinal));
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal("- a\n\t- a1\n\t\t- a11\n", (await db.EditRecords.SingleAsync()).Before);
    }

    [Fact]
    public async Task Delete_AnAlreadyDeletedNode_IsAConflict()
    {
        var (database, tree) = await ImportAsync("- a\n- b\n");
        using var _ = database;
        var a = tree.Roots[0];
        var editor = new OutlineEditor(database.Factory);
        await editor.DeleteAsync(a.Id, a.Version, "tab 1");
        var error = await Assert.ThrowsAsync<EditConflictException>(() => editor.UpdateTextAsync(a.Id, "x", a.Version, "tab 2"));
        Assert.Contains("no longer exists", error.Message);
    }
}
