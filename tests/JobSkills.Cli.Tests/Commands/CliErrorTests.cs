using System.Text.Json;

namespace JobSkills.Cli.Tests.Commands;

public sealed class CliErrorTests : IDisposable
{
    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Theory]
    [InlineData("export")]
    [InlineData("fields")]
    [InlineData("placeholders")]
    public async Task Command_WithNoOutlineImported_FailsWithOneClearLine(string command)
    {
        var result = await workspace.RunAsync(command);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"jobskills: no outline imported yet in {workspace.DatabasePath} (run `jobskills import outline FILE`)"], result.ErrorLines);
        Assert.Equal("", result.Out);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task Stats_OnAnEmptyDatabase_CountsZero()
    {
        var result = await workspace.RunAsync("stats", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("document").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("nodes").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("postings").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("skillTerms").GetInt32());
    }

    [Fact]
    public async Task PostingsAndSearch_OnAnEmptyDatabase_FindNothing()
    {
        var postings = await workspace.RunAsync("postings");
        var search = await workspace.RunAsync("search", "python");

        Assert.Equal((0, "0 postings\n", ""), (postings.ExitCode, postings.Out, postings.Error));
        Assert.Equal((0, "0 postings match \"python\"\n", ""), (search.ExitCode, search.Out, search.Error));
    }

    [Fact]
    public async Task Match_WithNoPostings_FailsWithOneClearLine()
    {
        var result = await workspace.RunAsync("match", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"jobskills: no posting has id 1 in {workspace.DatabasePath} (`jobskills postings` lists them)"], result.ErrorLines);
    }

    [Fact]
    public async Task Match_WithPostingsButNoOutline_FailsWithOneClearLine()
    {
        var apple = workspace.WriteFile("apple.txt", CliWorkspace.SeedPostings[0].Bytes);
        await workspace.RunAsync("import", "postings", apple);

        var result = await workspace.RunAsync("match", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"jobskills: no outline imported yet in {workspace.DatabasePath} (run `jobskills import outline FILE`)"], result.ErrorLines);
    }

    [Fact]
    public async Task DatabaseOption_AfterTheCommand_IsUsed()
    {
        var other = Path.Combine(workspace.Folder, "other.db");

        var result = await CliWorkspace.RunWithoutDatabaseOptionAsync("stats", "--json", "--db", other);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(other, json.RootElement.GetProperty("database").GetString());
        Assert.True(File.Exists(other));
    }

    [Fact]
    public async Task Database_ThatIsNotSqlite_FailsWithOneLine()
    {
        var notADatabase = workspace.WriteFile("notes.txt", "just some notes, long enough to look like a file header......\n"u8.ToArray());

        var result = await CliWorkspace.RunWithoutDatabaseOptionAsync("--db", notADatabase, "stats");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"jobskills: {notADatabase}: cannot open the database (", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("import", "outline")]
    [InlineData("export", "--bogus")]
    [InlineData("bench", "--iterations", "0")]
    [InlineData("bench", "--iterations", "many")]
    [InlineData("import", "postings")]
    [InlineData("search")]
    [InlineData("search", "python", "--kind", "skills")]
    [InlineData("search", "python", "--limit", "0")]
    [InlineData("match")]
    [InlineData("match", "apple")]
    [InlineData("match", "1", "--top", "0")]
    public async Task CommandLine_Misused_IsAUsageErrorWithExitCode2(params string[] args)
    {
        var result = await workspace.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("jobskills: ", result.Error);
        Assert.EndsWith("Run 'jobskills --help' for usage.", result.Error.TrimEnd());
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(workspace.DatabasePath));
    }

    [Fact]
    public async Task Help_ListsEveryCommandAndExitsZero()
    {
        var result = await workspace.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "import", "export", "fields", "placeholders", "postings", "search", "match", "stats", "bench", "--db" })
        {
            Assert.Contains(command, result.Out);
        }
    }
}
