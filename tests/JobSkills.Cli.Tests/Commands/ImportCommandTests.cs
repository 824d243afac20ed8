namespace JobSkills.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Import_Seed_PrintsOneLineWithCounts()
    {
        var seed = workspace.WriteSeed();

        var result = await workspace.RunAsync("import", "outline", seed);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{seed}: imported (document 1, version 1): ", line);
        Assert.Contains($" {CliWorkspace.SeedHeadings} fields, ", line);
        Assert.Contains($" {CliWorkspace.SeedPlaceholderLines.Length} placeholders, ", line);
        Assert.Matches(@"\d+ nodes, .* \d+ skill sets in \d+\.\d\d s; linked [1-9]\d* skill terms \([1-9]\d* in the outline, 0 in postings\) in \d+\.\d\d s$", line);
    }

    [Fact]
    public async Task Import_SameFileAgain_SaysAlreadyImportedAndAddsNothing()
    {
        var seed = workspace.WriteSeed();
        await workspace.RunAsync("import", "outline", seed);
        var before = workspace.CountRows();

        var again = await workspace.RunAsync("import", "outline", seed);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(": already imported (document 1, version 1): ", again.Out);
        Assert.Equal(before, workspace.CountRows());
    }

    [Fact]
    public async Task Import_ChangedFileOfTheSameName_IsANewVersion()
    {
        await workspace.RunAsync("import", "outline", workspace.WriteSeed());
        var changed = workspace.WriteFile("skills-outline.md", [.. CliWorkspace.SeedBytes, .. "- one more bullet\n"u8]);

        var result = await workspace.RunAsync("import", "outline", changed);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(": new version 2 (document 2): ", result.Out);
        Assert.Equal(2, workspace.CountRows().Documents);
    }

    [Fact]
    public async Task Import_BadFileAmongGoodOnes_ReportsItAndImportsTheRest()
    {
        var missing = Path.Combine(workspace.Folder, "missing.md");
        var other = workspace.WriteFile("other.md", "# Other\n\n- BLAH\n"u8.ToArray());

        var result = await workspace.RunAsync("import", "outline", missing, workspace.WriteSeed(), other);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"jobskills: {missing}: file not found"], result.ErrorLines);
        Assert.Equal(2, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(2, workspace.CountRows().Documents);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "missing", "file not found" },
        { "directory", "is a directory" },
        { "empty", "file is empty" },
        { "binary", "binary file" },
        { "latin1", "not valid UTF-8" },
        { "oversize", "over the 16 MB limit" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadFile_FailsWithOneLineAndWritesNothing(string kind, string expected)
    {
        var path = MakeBadFile(kind);

        var result = await workspace.RunAsync("import", "outline", path);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"jobskills: {path}: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", result.Out);
        Assert.False(File.Exists(workspace.DatabasePath), "a refused file must not even create the database");
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadFileIntoSeededDatabase_ChangesNoRow(string kind, string expected)
    {
        await workspace.RunAsync("import", "outline", workspace.WriteSeed());
        var before = workspace.CountRows();

        var result = await workspace.RunAsync("import", "outline", MakeBadFile(kind));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
        Assert.Equal(before, workspace.CountRows());
    }

    private string MakeBadFile(string kind)
    {
        switch (kind)
        {
            case "missing":
                return Path.Combine(workspace.Folder, "no-such-file.md");
            case "directory":
                return Directory.CreateDirectory(Path.Combine(workspace.Folder, "a-folder.md")).FullName;
            case "empty":
                return workspace.WriteFile("empty.md", []);
            case "binary":
                return workspace.WriteFile("binary.md", [.. "# Title\n- item\n"u8, 0x00, 0x01, 0x02, .. "\n- more\n"u8]);
            case "latin1":
                return workspace.WriteFile("latin1.md", [.. "# Caf"u8, 0xE9, .. "\n- cr"u8, 0xE8, .. "me br"u8, 0xFB, .. "l"u8, 0xE9, (byte)'e', (byte)'\n']);
            case "oversize":
                var path = Path.Combine(workspace.Folder, "huge.md");
                using (var stream = File.Create(path))
                {
                    stream.SetLength((16 * 1024 * 1024) + 1);
                }

                return path;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
