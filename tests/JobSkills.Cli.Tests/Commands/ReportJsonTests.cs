using System.Text.Json;

namespace JobSkills.Cli.Tests.Commands;

/// <summary>The JSON property names are a contract with scripts (docs/cli.md): these tests pin them.</summary>
[Collection(SeededCollection.Name)]
public sealed class ReportJsonTests(SeededWorkspace seeded)
{
    private static readonly string[] DocumentProperties = ["id", "name", "version", "importedAt", "bytes", "revision"];

    private CliWorkspace Workspace => seeded.Workspace;

    [Fact]
    public async Task Stats_Json_HasTheDocumentedPropertiesAndCountsTheSeed()
    {
        var result = await Workspace.RunAsync("stats", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(
            [
                "database", "documents", "versions", "document", "nodes", "fields", "listItems", "skillSets", "placeholders", "editedNodes",
                "postings", "companies", "roles", "postingSections", "postingLines", "skillTerms", "postingOccurrences", "outlineOccurrences",
            ],
            Names(root));
        Assert.Equal(DocumentProperties, Names(root.GetProperty("document")));
        Assert.Equal(Workspace.DatabasePath, root.GetProperty("database").GetString());
        Assert.Equal(1, root.GetProperty("documents").GetInt32());
        Assert.Equal(1, root.GetProperty("versions").GetInt32());
        Assert.Equal("skills-outline.md", root.GetProperty("document").GetProperty("name").GetString());
        Assert.Equal(CliWorkspace.SeedBytes.Length, root.GetProperty("document").GetProperty("bytes").GetInt64());
        Assert.Equal(CliWorkspace.SeedHeadings, root.GetProperty("fields").GetInt32());
        Assert.Equal(CliWorkspace.SeedPlaceholderLines.Length, root.GetProperty("placeholders").GetInt32());
        Assert.Equal(0, root.GetProperty("editedNodes").GetInt32());
        Assert.True(root.GetProperty("listItems").GetInt32() > root.GetProperty("skillSets").GetInt32());
        Assert.True(root.GetProperty("nodes").GetInt32() > root.GetProperty("listItems").GetInt32());

        Assert.Equal(4, root.GetProperty("postings").GetInt32());
        Assert.Equal(4, root.GetProperty("companies").GetInt32());
        Assert.Equal(4, root.GetProperty("roles").GetInt32());
        Assert.InRange(root.GetProperty("postingSections").GetInt32(), 4 * 3, root.GetProperty("postingLines").GetInt32());
        Assert.True(root.GetProperty("skillTerms").GetInt32() > 1000);
        Assert.InRange(root.GetProperty("postingOccurrences").GetInt32(), 4 * 10, root.GetProperty("outlineOccurrences").GetInt32());
    }

    [Fact]
    public async Task Stats_Text_CountsThePostings()
    {
        var result = await Workspace.RunAsync("stats");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Matches(@"^postings +4$", Assert.Single(lines, l => l.StartsWith("postings ", StringComparison.Ordinal)));
        Assert.Matches(@"^skill links +[1-9]\d* in postings, [1-9]\d* in outlines$", Assert.Single(lines, l => l.StartsWith("skill links ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Fields_Json_HasTheDocumentedPropertiesAndEveryHeading()
    {
        var result = await Workspace.RunAsync("fields", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["document", "fields"], Names(json.RootElement));
        Assert.Equal(DocumentProperties, Names(json.RootElement.GetProperty("document")));
        var fields = json.RootElement.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(CliWorkspace.SeedHeadings, fields.Count);
        Assert.All(fields, field => Assert.Equal(
            ["id", "parentFieldId", "level", "title", "path", "line", "nodes", "skillSets", "placeholders", "subfields"],
            Names(field)));
        Assert.Equal(1, fields[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, fields[0].GetProperty("parentFieldId").ValueKind);
        Assert.Equal(CliWorkspace.SeedPlaceholderLines.Length, fields.Where(f => f.GetProperty("parentFieldId").ValueKind == JsonValueKind.Null).Sum(f => f.GetProperty("placeholders").GetInt32()));
    }

    [Fact]
    public async Task Fields_Text_IndentsSubfieldsUnderTheirParents()
    {
        var result = await Workspace.RunAsync("fields");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.StartsWith("skills-outline.md (document ", lines[0]);
        Assert.Matches(@"^FIELD\s+LINE\s+NODES\s+SKILL SETS\s+PLACEHOLDERS$", lines[2]);
        Assert.Matches(@"^EDA, AI, .*\s+1\s+\d+\s+\d+\s+\d+$", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("    Machine Learning for EDA ", StringComparison.Ordinal));
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
