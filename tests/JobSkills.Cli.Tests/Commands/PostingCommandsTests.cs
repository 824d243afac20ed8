using System.Text.Json;

namespace JobSkills.Cli.Tests.Commands;

/// <summary>`postings`, `search` and `match` on the seed outline and postings; the JSON names are a contract (docs/cli.md).</summary>
[Collection(SeededCollection.Name)]
public sealed class PostingCommandsTests(SeededWorkspace seeded)
{
    private CliWorkspace Workspace => seeded.Workspace;

    [Fact]
    public async Task Postings_Json_HasTheDocumentedPropertiesAndTheSeeds()
    {
        var result = await Workspace.RunAsync("postings", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["count", "postings"], Names(root));
        Assert.Equal(4, root.GetProperty("count").GetInt32());
        var postings = root.GetProperty("postings").EnumerateArray().ToList();
        Assert.All(postings, posting =>
        {
            Assert.Equal(
                ["id", "company", "title", "role", "location", "pay", "employmentType", "postedOn", "source", "format", "importedAt", "sections", "skills"],
                Names(posting));
            Assert.Equal(["text", "min", "max", "currency", "period"], Names(posting.GetProperty("pay")));
            Assert.Equal("text", posting.GetProperty("format").GetString());
            Assert.NotEmpty(posting.GetProperty("skills").EnumerateArray());
            Assert.All(posting.GetProperty("sections").EnumerateArray(), section =>
            {
                Assert.Equal(["id", "ordinal", "heading", "kind", "lineCount", "lines"], Names(section));
                Assert.Equal(section.GetProperty("lineCount").GetInt32(), section.GetProperty("lines").GetArrayLength());
            });
        });
        Assert.Equal(["Apple", "Microsoft", "Pinterest", "Scale AI"], postings.Select(p => p.GetProperty("company").GetString()));
        Assert.Equal(CliWorkspace.SeedPostings.Select(p => p.Name), postings.Select(p => p.GetProperty("source").GetString()));

        var apple = postings[0];
        Assert.Equal("Machine Learning Applied Scientist", apple.GetProperty("title").GetString());
        Assert.Equal("2024-05-09", apple.GetProperty("postedOn").GetString());
        Assert.Contains("PyTorch", apple.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(apple.GetProperty("sections").EnumerateArray(), s => s.GetProperty("kind").GetString() == "required" && s.GetProperty("heading").GetString() == "Key Qualifications");
        AssertPay(apple.GetProperty("pay"), "between $131,500 and $243,300", 131500, 243300, "USD", "year");
        AssertPay(postings[2].GetProperty("pay"), "$12100 monthly", 12100, 12100, "USD", "month");
        Assert.Equal("ML Research Intern", postings[3].GetProperty("title").GetString());
        Assert.Equal("Internship", postings[3].GetProperty("employmentType").GetString());

        var microsoft = postings[1].GetProperty("pay");
        Assert.Equal("", microsoft.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, microsoft.GetProperty("min").ValueKind);
        Assert.Equal(JsonValueKind.Null, microsoft.GetProperty("period").ValueKind);
    }

    [Fact]
    public async Task Postings_Text_IsABlockPerPosting()
    {
        var result = await Workspace.RunAsync("postings");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("4 postings", lines[0]);
        Assert.Equal("posting 1: Apple, Machine Learning Applied Scientist", lines[2]);
        Assert.Contains("  pay       between $131,500 and $243,300 (131500 to 243300 USD a year)", lines);
        Assert.Contains("  pay       $12100 monthly (12100 USD a month)", lines);
        Assert.Contains(lines, l => l.StartsWith("  sections  6: Summary (about, ", StringComparison.Ordinal) && l.Contains("Key Qualifications (required, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "^  skills    [0-9]+: ") && l.Contains(", PyTorch", StringComparison.Ordinal));
        Assert.Contains("posting 4: Scale AI, ML Research Intern", lines);
    }

    [Fact]
    public async Task Search_Json_RanksTheMatchingPostingsWithBracketedHighlights()
    {
        var result = await Workspace.RunAsync("search", "pytorch", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["query", "literal", "total", "results", "companies", "kinds"], Names(root));
        Assert.Equal("pytorch", root.GetProperty("query").GetString());
        Assert.False(root.GetProperty("literal").GetBoolean());
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["Apple", "Microsoft", "Pinterest"], results.Select(r => r.GetProperty("company").GetString()).Order());
        Assert.All(results, r =>
        {
            Assert.Equal(["postingId", "company", "title", "location", "score", "relevance", "snippets"], Names(r));
            var snippets = r.GetProperty("snippets").EnumerateArray().ToList();
            Assert.InRange(snippets.Count, 1, 2);
            Assert.All(snippets, snippet =>
            {
                Assert.Equal(["sectionId", "heading", "kind", "text"], Names(snippet));
                var text = snippet.GetProperty("text").GetString()!;
                Assert.Matches(@"\[(?i:pytorch)\]", text);
                Assert.DoesNotContain('\u0002', text);
                Assert.DoesNotContain('\u0003', text);
            });
        });
        Assert.Equal(["Apple", "Microsoft", "Pinterest"], root.GetProperty("companies").EnumerateArray().Select(f => f.GetProperty("value").GetString()).Order());
        Assert.All(root.GetProperty("companies").EnumerateArray(), f => Assert.Equal(["value", "count"], Names(f)));
        Assert.Contains(root.GetProperty("kinds").EnumerateArray(), f => f.GetProperty("value").GetString() == "required" && f.GetProperty("count").GetInt32() == 3);
    }

    [Fact]
    public async Task Search_Text_UsesBracketsInAPipeAndColoursInATerminal()
    {
        var piped = await Workspace.RunAsync("search", "pytorch");
        var terminal = await Workspace.RunInTerminalAsync("search", "pytorch");

        Assert.Equal(0, piped.ExitCode);
        Assert.StartsWith("3 postings match \"pytorch\"\n", piped.Out);
        Assert.Contains("[PyTorch]", piped.Out);
        Assert.DoesNotContain('\u001b', piped.Out);
        Assert.Contains("companies: ", piped.Out);
        Assert.Contains("\u001b[1;33mPyTorch\u001b[0m", terminal.Out);
        Assert.DoesNotContain("[PyTorch]", terminal.Out);
    }

    [Theory]
    [InlineData("\"pytorch", true, 3)]
    [InlineData("-", true, 0)]
    [InlineData("AND", true, 4)]
    [InlineData("*", true, 0)]
    [InlineData("pytorch AND", true, 3)]
    [InlineData("(python", true, 3)]
    [InlineData("NOT", true, 0)]
    [InlineData("", true, 0)]
    [InlineData("pyt*", false, 4)]
    [InlineData("python NOT java", false, 2)]
    public async Task Search_AnyQuery_IsNeverAnError(string query, bool literal, int total)
    {
        var result = await Workspace.RunAsync("search", "--json", "--", query);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(literal, json.RootElement.GetProperty("literal").GetBoolean());
        Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_SeveralArguments_AreOneQuery()
    {
        var split = await SearchAsync("machine", "learning", "--limit", "1");
        var quoted = await SearchAsync("machine learning", "--limit", "1");

        Assert.Equal("machine learning", split.GetProperty("query").GetString());
        Assert.Equal(quoted.GetRawText(), split.GetRawText());
    }

    [Theory]
    [InlineData("required")]
    [InlineData("REQUIRED")]
    public async Task Search_Kind_SearchesOnlySectionsOfThatKind(string kind)
    {
        var everywhere = await SearchAsync("computer vision");
        var required = await SearchAsync("computer vision", "--kind", kind);

        Assert.Equal(4, everywhere.GetProperty("total").GetInt32());
        Assert.Equal(1, required.GetProperty("total").GetInt32());
        var result = Assert.Single(required.GetProperty("results").EnumerateArray());
        Assert.Equal("Scale AI", result.GetProperty("company").GetString());
        Assert.All(result.GetProperty("snippets").EnumerateArray(), s => Assert.Equal("required", s.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Search_Company_AndLimit_Filter()
    {
        var scale = await SearchAsync("learning", "--company", "scale ai");
        var limited = await SearchAsync("learning", "--limit", "2");

        var result = Assert.Single(scale.GetProperty("results").EnumerateArray());
        Assert.Equal("Scale AI", result.GetProperty("company").GetString());
        Assert.Equal(["Scale AI"], scale.GetProperty("companies").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Equal(4, limited.GetProperty("total").GetInt32());
        Assert.Equal(2, limited.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Search_UnknownKind_IsAUsageErrorListingTheKinds()
    {
        var result = await Workspace.RunAsync("search", "python", "--kind", "skills");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "jobskills: --kind: unknown section kind 'skills' (use one of: about, responsibilities, required, preferred, benefits, pay, legal, other)",
                "Run 'jobskills --help' for usage.",
            ],
            result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Match_ApplePosting_FindsComputerVisionWithEvidence()
    {
        var apple = await PostingIdAsync("Apple");

        var result = await Workspace.RunAsync("match", apple.ToString(), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["posting", "document", "fields"], Names(root));
        Assert.Equal(["id", "company", "title"], Names(root.GetProperty("posting")));
        Assert.Equal("Apple", root.GetProperty("posting").GetProperty("company").GetString());
        var fields = root.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(5, fields.Count);
        Assert.All(fields, f => Assert.Equal(["fieldId", "path", "score", "evidence"], Names(f)));
        Assert.Equal(fields.Select(f => f.GetProperty("score").GetDouble()).OrderDescending(), fields.Select(f => f.GetProperty("score").GetDouble()));
        var vision = Assert.Single(fields, f => f.GetProperty("path").GetString()!.EndsWith(" / Computer Vision", StringComparison.Ordinal));
        var evidence = vision.GetProperty("evidence").EnumerateArray().ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(["term", "postingWeight", "fieldWeight", "contribution"], Names(e)));
        Assert.Contains(evidence, e => e.GetProperty("term").GetString() == "computer vision");
    }

    [Fact]
    public async Task Match_Text_ShowsEachFieldWithItsEvidenceIndented()
    {
        var apple = await PostingIdAsync("Apple");

        var result = await Workspace.RunAsync("match", apple.ToString(), "--top", "3");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.StartsWith($"posting {apple}: Apple, Machine Learning Applied Scientist: 3 best fields in skills-outline.md (document ", lines[0]);
        Assert.Equal(3, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d\.\d{4}  \S")));
        var vision = Array.FindIndex(lines, l => l.EndsWith(" / Computer Vision", StringComparison.Ordinal));
        Assert.Matches(@"^ {8}0\.\d{4}  computer vision +\(posting weight \d+\.\d\d, field weight \d+\.\d\d\)$", lines[vision + 1]);
    }

    [Fact]
    public async Task Match_UnknownPosting_FailsWithOneLine()
    {
        var result = await Workspace.RunAsync("match", "99999");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"jobskills: no posting has id 99999 in {Workspace.DatabasePath} (`jobskills postings` lists them)"], result.ErrorLines);
        Assert.Equal("", result.Out);
    }

    private async Task<JsonElement> SearchAsync(params string[] args)
    {
        var result = await Workspace.RunAsync(["search", "--json", .. args]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private async Task<int> PostingIdAsync(string company)
    {
        using var json = JsonDocument.Parse((await Workspace.RunAsync("postings", "--json")).Out);
        return json.RootElement.GetProperty("postings").EnumerateArray().Single(p => p.GetProperty("company").GetString() == company).GetProperty("id").GetInt32();
    }

    private static void AssertPay(JsonElement pay, string text, decimal min, decimal max, string currency, string period)
    {
        Assert.Equal(text, pay.GetProperty("text").GetString());
        Assert.Equal(min, pay.GetProperty("min").GetDecimal());
        Assert.Equal(max, pay.GetProperty("max").GetDecimal());
        Assert.Equal(currency, pay.GetProperty("currency").GetString());
        Assert.Equal(period, pay.GetProperty("period").GetString());
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
