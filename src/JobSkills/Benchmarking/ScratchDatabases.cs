using JobSkills.Data;
using Microsoft.Data.Sqlite;

namespace JobSkills.Benchmarking;

/// <summary>
/// The database files the benchmark workloads make and time against, in a folder of their own that goes
/// away with this object. Connections opened here are unpooled, so that a file can be copied or deleted
/// as soon as they are closed.
/// </summary>
internal sealed class ScratchDatabases : IDisposable
{
    private readonly string folder;
    private int nextFile;

    public ScratchDatabases(string? workFolder = null)
    {
        folder = workFolder ?? Path.Combine(Path.GetTempPath(), "jobskills-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
    }

    /// <summary>A new file name in the folder, "kind-N.db".</summary>
    public string NewPath(string kind) => Path.Combine(folder, $"{kind}-{Interlocked.Increment(ref nextFile)}.db");

    /// <summary>A new database file with every migration applied.</summary>
    public async Task<string> CreateMigratedAsync(string kind, CancellationToken cancellationToken)
    {
        var path = NewPath(kind);
        await using var db = new DbContextFactory(path).CreateDbContext();
        await JobSkillsDatabase.MigrateAsync(db, cancellationToken);
        return path;
    }

    public static SqliteConnection OpenUnpooled(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Moves the WAL into the main file, so that copying the main file alone copies the database.</summary>
    public static async Task CheckpointAsync(string path, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        await using (var connection = OpenUnpooled(path))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Deletes a database file, with its WAL files.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
