using System.Text;
using System.Text.RegularExpressions;
using JobSkills.Data;
using JobSkills.Import;
using JobSkills.Seeds;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Cli.Tests;

public sealed record CliResult(int ExitCode, string Out, string Error, byte[] StandardOutput)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// A temporary folder with its own SQLite file, and the CLI run in-process against it
/// (every run gets `--db` for that file). Deleted, pools cleared, on dispose.
/// </summary>
public sealed class CliWorkspace : IDisposable
{
    public CliWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "jobskills-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "jobskills.db");

    /// <summary>The real seed outline (data/outline/skills-outline.md, embedded in the core).</summary>
    public static byte[] SeedBytes { get; } = SeedFiles.Outline.Bytes;

    public static string SeedText { get; } = Encoding.UTF8.GetString(SeedBytes);

    public static string[] SeedLines { get; } = SeedText.Split('\n');

    /// <summary>1-based numbers of the seed's lines holding a whole-word BLAH (counted from the file, independently of the parser).</summary>
    public static int[] SeedBlahLines { get; } = LinesMatching(@"\bBLAH\b");

    public static int[] SeedNameUrlLines { get; } = LinesMatching(@"\[NAME\]\(URL\)");

    public static int[] SeedPlaceholderLines { get; } = [.. SeedBlahLines.Union(SeedNameUrlLines).Order()];

    public static int SeedHeadings { get; } = SeedLines.Count(line => line.StartsWith('#'));

    /// <summary>The seed postings (data/postings, embedded in the core), by file name.</summary>
    public static IReadOnlyList<SourceFile> SeedPostings { get; } = SeedFiles.Postings;

    public string WriteSeed() => WriteFile("skills-outline.md", SeedBytes);

    /// <summary>A folder holding a copy of data/postings; returns its path.</summary>
    public string WriteSeedPostings(string folder = "postings")
    {
        Directory.CreateDirectory(Path.Combine(Folder, folder));
        foreach (var posting in SeedPostings)
        {
            WriteFile(Path.Combine(folder, posting.Name), posting.Bytes);
        }

        return Path.Combine(Folder, folder);
    }

    public string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public Task<CliResult> RunAsync(params string[] args) => RunWithoutDatabaseOptionAsync(["--db", DatabasePath, .. args]);

    /// <summary>As if stdout were a terminal: colours allowed.</summary>
    public Task<CliResult> RunInTerminalAsync(params string[] args) => RunInConsoleAsync(colorOutput: true, ["--db", DatabasePath, .. args]);

    public static Task<CliResult> RunWithoutDatabaseOptionAsync(params string[] args) => RunInConsoleAsync(colorOutput: false, args);

    private static async Task<CliResult> RunInConsoleAsync(bool colorOutput, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var standardOutput = new MemoryStream();
        var exitCode = await CliApp.RunAsync(args, new CliConsole(output, error, standardOutput, ColorOutput: colorOutput));
        return new CliResult(exitCode, output.ToString(), error.ToString(), standardOutput.ToArray());
    }

    /// <summary>Rows in the database, read without the CLI: (documents, nodes, edit records).</summary>
    public (int Documents, int Nodes, int Edits) CountRows()
    {
        if (!File.Exists(DatabasePath))
        {
            return (0, 0, 0);
        }

        using var db = new DbContextFactory(DatabasePath).CreateDbContext();
        return (db.OutlineDocuments.Count(), db.OutlineNodes.Count(), db.EditRecords.AsNoTracking().Count());
    }

    /// <summary>The source file names of the stored postings, and the rows of their search index, read without the CLI.</summary>
    public (string[] Sources, int SearchRows) PostingRows()
    {
        if (!File.Exists(DatabasePath))
        {
            return ([], 0);
        }

        using var db = new DbContextFactory(DatabasePath).CreateDbContext();
        var sources = db.Postings.OrderBy(p => p.SourceName).Select(p => p.SourceName).ToArray();
        var searchRows = db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "PostingSearch" """).Single();
        return (sources, searchRows);
    }

    private static int[] LinesMatching(string pattern) =>
        SeedLines.Select((line, index) => (line, index)).Where(l => Regex.IsMatch(l.line, pattern)).Select(l => l.index + 1).ToArray();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>One database with the seed outline and the seed postings imported once, shared by the read-only command tests.</summary>
public sealed class SeededWorkspace : IAsyncLifetime, IDisposable
{
    public CliWorkspace Workspace { get; } = new();

    public async Task InitializeAsync()
    {
        var result = await Workspace.RunAsync("import", "outline", Workspace.WriteSeed());
        Assert.True(result.ExitCode == 0, result.Error);
        result = await Workspace.RunAsync("import", "postings", Workspace.WriteSeedPostings());
        Assert.True(result.ExitCode == 0, result.Error);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Workspace.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SeededCollection : ICollectionFixture<SeededWorkspace>
{
    public const string Name = "seeded database";
}
