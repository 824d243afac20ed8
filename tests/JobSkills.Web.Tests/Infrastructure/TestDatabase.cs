using JobSkills.Data;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Seeds;
using JobSkills.Skills;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Web.Tests.Infrastructure;

/// <summary>A SQLite file in its own temporary folder, deleted with the folder on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly string Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jobskills-web-tests");
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? seededTemplate;

    private TestDatabase()
    {
        Folder = System.IO.Path.Combine(Root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "jobskills.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public DbContextFactory Contexts => new(Path);

    public OutlineService Outlines => new(Contexts);

    /// <summary>A path where no database exists yet: the app under test creates and seeds it.</summary>
    public static TestDatabase NotCreated() => new();

    /// <summary>Migrated, no outline.</summary>
    public static async Task<TestDatabase> EmptyAsync()
    {
        var database = new TestDatabase();
        await using var db = database.Contexts.CreateDbContext();
        await JobSkillsDatabase.MigrateAsync(db);
        return database;
    }

    /// <summary>Migrated and holding the seed outline, imported by the core's importer (once per run, then copied).</summary>
    public static async Task<TestDatabase> SeededAsync()
    {
        var template = await SeededTemplateAsync();
        var database = new TestDatabase();
        File.Copy(template, database.Path);
        return database;
    }

    /// <summary>Marks one more node of the current outline as edited; returns how many are edited now.</summary>
    public async Task<int> MarkOneMoreNodeEditedAsync()
    {
        await using var db = Contexts.CreateDbContext();
        var nodeId = await db.OutlineNodes.Where(n => !n.IsEdited).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync();
        await db.OutlineNodes.Where(n => n.Id == nodeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.IsEdited, true));
        return await db.OutlineNodes.CountAsync(n => n.IsEdited);
    }

    /// <summary>The counts and top-level fields of the current outline, read back from this file.</summary>
    public async Task<(OutlineDocument Document, OutlineCounts Counts, IReadOnlyList<FieldSummary> TopLevelFields)> ReadCurrentAsync()
    {
        var document = await Outlines.FindDocumentAsync() ?? throw new InvalidOperationException($"{Path} holds no outline");
        var tree = await Outlines.LoadTreeAsync(document.Id);
        return (document, OutlineService.Count(tree), OutlineService.SummarizeFields(tree).Where(f => f.ParentFieldId is null).ToList());
    }

    public void Dispose()
    {
        // A pooled connection would keep the file open (and the folder undeletable on some systems).
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the folder is under the temp directory.
        }
    }

    private static async Task<string> SeededTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (seededTemplate is null)
            {
                var database = new TestDatabase();
                var contexts = database.Contexts;
                await using (var db = contexts.CreateDbContext())
                {
                    await JobSkillsDatabase.MigrateAsync(db);
                }

                var outlines = new OutlineService(contexts);
                var linker = new SkillLinker(contexts);
                await new SeedImporter(new OutlineImporter(contexts), outlines, linker, new PostingImporter(contexts, linker), new PostingService(contexts))
                    .ImportIfEmptyAsync();

                // Fold the WAL into the main file, so that copying the one file copies everything.
                await using (var db = contexts.CreateDbContext())
                {
                    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
                }

                SqliteConnection.ClearAllPools();
                seededTemplate = database.Path;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
            }

            return seededTemplate;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}
