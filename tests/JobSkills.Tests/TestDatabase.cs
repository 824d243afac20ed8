using JobSkills.Data;
using Microsoft.Data.Sqlite;

namespace JobSkills.Tests;

/// <summary>A migrated SQLite file in its own temp folder, deleted again on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "jobskills-tests", Guid.NewGuid().ToString("N"));

    private TestDatabase()
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, "test.db");
        Factory = new DbContextFactory(Path);
    }

    public string Path { get; }
    public DbContextFactory Factory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.Factory.CreateDbContext();
        await JobSkillsDatabase.MigrateAsync(db);
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
