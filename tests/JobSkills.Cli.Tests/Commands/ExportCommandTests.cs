using System.Text;

namespace JobSkills.Cli.Tests.Commands;

[Collection(SeededCollection.Name)]
public sealed class ExportCommandTests(SeededWorkspace seeded)
{
    private const string Field = "Companies in the Semiconductor Industry / Machine Learning for EDA";

    private CliWorkspace Workspace => seeded.Workspace;

    [Fact]
    public async Task Export_AfterImportOfSeed_IsByteIdentical()
    {
        var result = await Workspace.RunAsync("export");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal("", result.Out);
        Assert.Equal(CliWorkspace.SeedBytes, result.StandardOutput);
    }

    [Fact]
    public async Task Export_ToFile_WritesTheExactBytesAndLeavesNoTemporaryFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Workspace.Folder, Guid.NewGuid().ToString("N"))).FullName;
        var target = Path.Combine(folder, "out.md");
        File.WriteAllText(target, "an older export that gets replaced");

        var result = await Workspace.RunAsync("export", "--out", target, "--document", "skills-outline.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal(CliWorkspace.SeedBytes, File.ReadAllBytes(target));
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Export_ToFileInMissingFolder_FailsWithOneLine()
    {
        var target = Path.Combine(Workspace.Folder, "no-such-folder", "out.md");

        var result = await Workspace.RunAsync("export", "--out", target);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"jobskills: {target}: cannot write the file", Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(Path.GetDirectoryName(target)));
    }

    [Fact]
    public async Task Export_WithField_IsThatWholeSectionUnderItsAncestorHeadings()
    {
        var lines = await ExportLinesAsync("--field", Field);

        var seed = CliWorkspace.SeedLines;
        var fieldStart = Array.IndexOf(seed, "###\tMachine Learning for EDA");
        var fieldEnd = Array.FindIndex(seed, fieldStart + 1, l => l.StartsWith('#'));
        string[] expected = [seed[0], "##\tCompanies in the Semiconductor Industry", .. seed[fieldStart..fieldEnd].Where(l => l.Trim().Length > 0)];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public async Task Export_WithTwoFields_KeepsBoth()
    {
        var lines = await ExportLinesAsync("--field", Field, "--field", "VLSI Formal Verification");
        Assert.Contains("###\tMachine Learning for EDA", lines);
        Assert.Contains("###\tVLSI Formal Verification", lines);
        Assert.Contains("####\tSets of Skills for about VLSI Formal Verification", lines);
        Assert.DoesNotContain("###\tCircuit Simulation", lines);
    }

    [Fact]
    public async Task Export_WithQuery_KeepsEveryMatchingLineAndDropsTheRest()
    {
        var lines = await ExportLinesAsync("--query", "kubernetes");
        var matching = CliWorkspace.SeedLines.Where(l => l.Contains("kubernetes", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(matching);
        Assert.All(matching, line => Assert.Contains(line, lines));
        Assert.True(lines.Length < CliWorkspace.SeedLines.Length / 10, $"{lines.Length} lines kept");
    }

    [Fact]
    public async Task Export_ExcludingPlaceholders_HasNoPlaceholderLeft()
    {
        var lines = await ExportLinesAsync("--placeholders", "exclude");
        Assert.DoesNotContain(lines, IsPlaceholderLine);
        Assert.Equal(CliWorkspace.SeedHeadings, lines.Count(l => l.StartsWith('#')));
    }

    [Fact]
    public async Task Export_OnlyPlaceholders_HasEveryPlaceholderWithItsAncestors()
    {
        var lines = await ExportLinesAsync("--placeholders", "only");
        Assert.Equal(CliWorkspace.SeedPlaceholderLines.Length, lines.Count(IsPlaceholderLine));
        Assert.True(lines.Length < CliWorkspace.SeedLines.Length / 2, $"{lines.Length} lines kept");
    }

    [Fact]
    public async Task Export_UnknownField_FailsWithOneLine()
    {
        var result = await Workspace.RunAsync("export", "--field", "No Such Field");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["jobskills: no field matches \"No Such Field\" (run `fields` to list them)"], result.ErrorLines);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task Export_UnknownDocument_FailsWithOneLine()
    {
        var result = await Workspace.RunAsync("export", "--document", "nope.md");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("jobskills: no outline document \"nope.md\"", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Export_BadPlaceholdersValue_IsAUsageError()
    {
        var result = await Workspace.RunAsync("export", "--placeholders", "sometimes");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sometimes", result.Error);
        Assert.Empty(result.StandardOutput);
    }

    /// <summary>Runs a successful export and returns its non-blank lines, checked to be the seed's own lines in the seed's order.</summary>
    private async Task<string[]> ExportLinesAsync(params string[] args)
    {
        var result = await Workspace.RunAsync(["export", .. args]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = Encoding.UTF8.GetString(result.StandardOutput).Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        Assert.NotEmpty(lines);
        var seed = CliWorkspace.SeedLines;
        var at = 0;
        foreach (var line in lines)
        {
            while (at < seed.Length && seed[at] != line)
            {
                at++;
            }

            Assert.True(at < seed.Length, $"not a line of the seed, or out of order: {line}");
            at++;
        }

        return lines;
    }

    private static bool IsPlaceholderLine(string line) =>
        line.Contains("BLAH", StringComparison.Ordinal) || line.Contains("[NAME](URL)", StringComparison.Ordinal);
}
