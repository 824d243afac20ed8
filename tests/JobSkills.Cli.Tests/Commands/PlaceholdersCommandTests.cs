using System.Text.Json;

namespace JobSkills.Cli.Tests.Commands;

[Collection(SeededCollection.Name)]
public sealed class PlaceholdersCommandTests(SeededWorkspace seeded)
{
    private CliWorkspace Workspace => seeded.Workspace;

    [Fact]
    public async Task Placeholders_Json_ListsEveryPlaceholderOfTheSeedWithItsFieldAndLine()
    {
        var result = await Workspace.RunAsync("placeholders", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var entries = json.RootElement.GetProperty("placeholders").EnumerateArray().ToList();
        Assert.Equal(CliWorkspace.SeedPlaceholderLines.Length, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(CliWorkspace.SeedPlaceholderLines, entries.Select(e => e.GetProperty("line").GetInt32()));
        Assert.Equal(CliWorkspace.SeedBlahLines.Length, entries.Count(e => e.GetProperty("text").GetString()!.Contains("BLAH", StringComparison.Ordinal)));
        Assert.Equal(CliWorkspace.SeedNameUrlLines.Length, entries.Count(e => e.GetProperty("text").GetString()!.Contains("[NAME](URL)", StringComparison.Ordinal)));
        Assert.All(entries, entry =>
        {
            Assert.Equal(["nodeId", "version", "fieldPath", "line", "text", "context"], entry.EnumerateObject().Select(p => p.Name));
            Assert.NotEmpty(entry.GetProperty("fieldPath").GetString()!);
            Assert.True(entry.GetProperty("nodeId").GetInt32() > 0);
            var line = CliWorkspace.SeedLines[entry.GetProperty("line").GetInt32() - 1];
            Assert.Contains(entry.GetProperty("text").GetString()!, line);
        });
    }

    [Fact]
    public async Task Placeholders_WithField_ListsOnlyThatFieldsPlaceholders()
    {
        var result = await Workspace.RunAsync("placeholders", "--json", "--field", "Machine Learning for EDA");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var paths = json.RootElement.GetProperty("placeholders").EnumerateArray().Select(e => e.GetProperty("fieldPath").GetString()!).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.EndsWith(" / Companies in the Semiconductor Industry / Machine Learning for EDA", path));
        Assert.Equal("Machine Learning for EDA", json.RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Placeholders_Text_GroupsTheQueueByField()
    {
        var result = await Workspace.RunAsync("placeholders", "--field", "Machine Learning for EDA");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Matches(@"^\d+ placeholders under ""Machine Learning for EDA"" in skills-outline\.md \(document \d+, version 1\)$", lines[0]);
        Assert.EndsWith(" / Machine Learning for EDA", lines[2]);
        Assert.Matches(@"^\s+LINE\s+NODE\s+TEXT\s+CONTEXT$", lines[3]);
        Assert.Matches(@"^\s+\d+\s+\d+\s+BLAH", lines[4]);
    }

    [Fact]
    public async Task Placeholders_UnknownField_FailsWithOneLine()
    {
        var result = await Workspace.RunAsync("placeholders", "--field", "Underwater Basket Weaving");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["jobskills: no field matches \"Underwater Basket Weaving\" (run `fields` to list them)"], result.ErrorLines);
        Assert.Equal("", result.Out);
    }
}
