using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Data;

/// <summary>Where the SQLite database lives and how a context connects to it and brings it up to date.</summary>
public static class JobSkillsDatabase
{
    public const string PathVariable = "JOBSKILLS_DB";

    /// <summary>
    /// $JOBSKILLS_DB if set, else $XDG_DATA_HOME/JobSkills/jobskills.db
    /// (~/.local/share/JobSkills/jobskills.db on Linux). The web app and the CLI share it.
    /// </summary>
    public static string DefaultPath
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(PathVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }

            var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            if (string.IsNullOrWhiteSpace(dataHome))
            {
                dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            }

            return Path.Combine(dataHome, "JobSkills", "jobskills.db");
        }
    }

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        // Waits (and retries) this long for another writer instead of failing with SQLITE_BUSY.
        DefaultTimeout = 30,
    }.ToString();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string path) =>
        options.UseSqlite(ConnectionString(path));

    public static DbContextOptions<JobSkillsDbContext> Options(string path) =>
        ((DbContextOptionsBuilder<JobSkillsDbContext>)Configure(new DbContextOptionsBuilder<JobSkillsDbContext>(), path)).Options;

    /// <summary>Creates the folder and the file if needed and applies pending migrations. Safe to call on every start.</summary>
    public static async Task MigrateAsync(JobSkillsDbContext db, CancellationToken cancellationToken = default)
    {
        var path = db.Database.GetDbConnection().DataSource;
        if (!string.IsNullOrEmpty(path) && path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets the web app read while an import writes; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
