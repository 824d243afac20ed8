using System.Text.Json;
using JobSkills.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Cli.Tests.Commands;

public sealed class ImportPostingsCommandTests : IDisposable
{
    private static readonly string[] SeedCompanies = ["Apple", "Microsoft", "Pinterest", "Scale AI"];

    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task ImportPostings_SeedFolder_PrintsOneLinePerPosting()
    {
        var folder = workspace.WriteSeedPostings();

        var result = await workspace.RunAsync("import", "postings", folder);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var path = Path.Combine(folder, CliWorkspace.SeedPostings[i].Name);
            Assert.StartsWith($"{path}: imported (posting {i + 1}): {SeedCompanies[i]}, ", lines[i]);
            Assert.Matches(@", [1-9]\d* sections, [1-9]\d* skills in \d+\.\d\d s$", lines[i]);
        }

        Assert.Contains(": Scale AI, ML Research Intern, ", lines[3]);
        AssertOnlyTheSeedsAreStored();
    }

    [Fact]
    public async Task ImportPostings_Again_SaysAlreadyImportedAndAddsNothing()
    {
        var folder = workspace.WriteSeedPostings();
        var first = await workspace.RunAsync("import", "postings", folder);

        var again = await workspace.RunAsync("import", "postings", folder);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(
            first.Out.Replace(": imported (", ": already imported (", StringComparison.Ordinal).Split('\n').Select(WithoutTime),
            again.Out.Split('\n').Select(WithoutTime));
        AssertOnlyTheSeedsAreStored();
    }

    [Fact]
    public async Task ImportPostings_OnlyBadFiles_ReportsEachAndDoesNotCreateTheDatabase()
    {
        var empty = workspace.WriteFile("empty.txt", []);
        var binary = workspace.WriteFile("binary.md", [.. "# Engineer\n"u8, 0x00, 0x01]);
        var missing = Path.Combine(workspace.Folder, "missing.txt");

        var result = await workspace.RunAsync("import", "postings", empty, binary, missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.Contains($"jobskills: {empty}: file is empty", result.ErrorLines);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"jobskills: {binary}: ", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"jobskills: {missing}: ", StringComparison.Ordinal));
        Assert.False(File.Exists(workspace.DatabasePath), "bad files alone must not even create the database");
    }

    [Fact]
    public async Task ImportPostings_FolderWithBadFiles_ImportsTheGoodOnesAndReportsEachBadOne()
    {
        var folder = workspace.WriteSeedPostings("mixed");
        var empty = workspace.WriteFile("mixed/empty.txt", []);
        var binary = workspace.WriteFile("mixed/binary.md", [.. "# Engineer\n- Python\n"u8, 0x00, 0x01, 0x02, .. "\n- more\n"u8]);
        var latin1 = workspace.WriteFile("mixed/latin1.html", [.. "<p>Caf"u8, 0xE9, .. " engineer at Acme, we make cr"u8, 0xE8, .. "me</p>\n"u8]);
        workspace.WriteFile("mixed/notes.pdf", "not a posting format: skipped by the folder scan\n"u8.ToArray());

        var result = await workspace.RunAsync("import", "postings", folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"jobskills: {binary}: looks like a binary file (it contains NUL or control bytes), not text",
                $"jobskills: {empty}: file is empty",
                $"jobskills: {latin1}: is not valid UTF-8 (bad byte at offset 6); save it as UTF-8 and try again",
            ],
            result.ErrorLines);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Contains(": imported (posting ", line));
        AssertOnlyTheSeedsAreStored();
    }

    [Fact]
    public async Task ImportPostings_MissingFileAmongGoodOnes_FailsForItAlone()
    {
        var missing = Path.Combine(workspace.Folder, "missing.txt");
        var apple = Path.Combine(workspace.WriteSeedPostings(), CliWorkspace.SeedPostings[0].Name);

        var result = await workspace.RunAsync("import", "postings", missing, apple);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"jobskills: {missing}: file not found"], result.ErrorLines);
        Assert.StartsWith($"{apple}: imported (posting 1): Apple, Machine Learning Applied Scientist, ", result.Out);
    }

    [Fact]
    public async Task ImportOutline_AfterPostings_LinksTheVocabularyToBoth()
    {
        await workspace.RunAsync("import", "postings", workspace.WriteSeedPostings());

        var result = await workspace.RunAsync("import", "outline", workspace.WriteSeed());
        var again = await workspace.RunAsync("import", "outline", workspace.WriteSeed());

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@" skill sets in \d+\.\d\d s; linked [1-9]\d* skill terms \([1-9]\d* in the outline, [1-9]\d* in postings\) in \d+\.\d\d s$", result.Out.TrimEnd());
        Assert.Contains(": already imported (", again.Out);
        Assert.DoesNotContain("linked", again.Out);
    }

    /// <summary>A database linked by a release with another curated list: the first command re-links it, says so on stderr, and works.</summary>
    [Fact]
    public async Task AnyCommand_OnADatabaseLinkedByAnotherRelease_RelinksItOnceAndSaysSo()
    {
        await workspace.RunAsync("import", "outline", workspace.WriteSeed());
        await workspace.RunAsync("import", "postings", workspace.WriteSeedPostings());
        using (var db = new DbContextFactory(workspace.DatabasePath).CreateDbContext())
        {
            db.SkillTerms.Where(t => t.Name == "PyTorch").ExecuteDelete();
            db.VocabularyStamps.ExecuteUpdate(s => s.SetProperty(x => x.Fingerprint, "rules 0; lists 0"));
        }

        var first = await workspace.RunAsync("search", "pytorch", "--skill", "PyTorch", "--json");
        var second = await workspace.RunAsync("search", "pytorch", "--skill", "PyTorch", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"^jobskills: the skill vocabulary changed since .+ was linked \(new curated lists or rules\): re-linked \d+ terms in \d+\.\d s$", first.ErrorLines.Single());
        Assert.Equal(3, JsonDocument.Parse(first.Out).RootElement.GetProperty("total").GetInt32());
        Assert.Equal("", second.Error);
        Assert.Equal(first.Out, second.Out);
    }

    /// <summary>Each seed posting once, with its search row; nothing else.</summary>
    private void AssertOnlyTheSeedsAreStored()
    {
        var (sources, searchRows) = workspace.PostingRows();
        Assert.Equal(CliWorkspace.SeedPostings.Select(p => p.Name), sources);
        Assert.Equal(4, searchRows);
    }

    private static string WithoutTime(string line) => System.Text.RegularExpressions.Regex.Replace(line, @" in \d+\.\d\d s$", "");
}
