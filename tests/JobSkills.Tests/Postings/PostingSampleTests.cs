using JobSkills.Import;
using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

/// <summary>
/// Every posting with a hand-written expectation in Postings/Expected: the four seeds and the
/// unseen samples in Postings/Samples (HTML with and without JSON-LD, a LinkedIn-like paste, a
/// README-style markdown file, another flattened careers page).
/// </summary>
public class PostingSampleTests
{
    public static TheoryData<string> Names => [.. ExpectedPosting.Names()];

    [Theory]
    [MemberData(nameof(Names))]
    public void Parse_Posting_MatchesTheHandWrittenExpectation(string name)
    {
        var expected = ExpectedPosting.Load(name);
        var parsed = PostingParser.Parse(SourceFile.Read(expected.SourcePath));

        var differences = expected.Differences(parsed);

        Assert.True(differences.Count == 0, $"{name}:\n  " + string.Join("\n  ", differences));
    }

    [Fact]
    public void Expectations_CoverEverySeedPosting()
    {
        var seeds = Directory.EnumerateFiles(SeedData.PostingsFolder).Select(Path.GetFileName);
        var covered = ExpectedPosting.Names().Select(n => ExpectedPosting.Load(n).File);
        Assert.Empty(seeds.Except(covered));
    }
}
