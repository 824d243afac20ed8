using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Skills;
using Xunit.Abstractions;

namespace JobSkills.Tests.Skills;

public class FieldMatcherTests(ITestOutputHelper output)
{
    private IReadOnlyList<FieldMatch> TopFields(string posting, int top)
    {
        var matches = SkillsSeed.Fields.Match(SkillsSeed.Matcher, SkillsSeed.PostingText(posting), top);
        output.WriteLine(posting);
        foreach (var match in matches)
        {
            output.WriteLine($"  {match.Score:F3}  {match.Path}");
            output.WriteLine($"         {string.Join(", ", match.Evidence.Take(5).Select(e => $"{e.Term.Name} {e.Contribution:F3}"))}");
        }

        return matches;
    }

    private static bool IsAbout(FieldMatch match, string field) =>
        match.Path.Split(OutlineTree.PathSeparator).Last().Contains(field, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Match_ApplePosting_HasAComputerVisionFieldInTheTopFive()
    {
        var top = TopFields("apple-ml-applied-scientist", 5);
        Assert.Contains(top, m => IsAbout(m, "Computer Vision"));
    }

    [Fact]
    public void Match_ScalePosting_HasComputerVisionNlpAndMlopsFieldsInTheTopTen()
    {
        var top = TopFields("scale-ai-ml-research-intern", 10);
        Assert.Contains(top, m => IsAbout(m, "Computer Vision"));
        Assert.Contains(top, m => IsAbout(m, "Natural Language Processing"));
        Assert.Contains(top, m => IsAbout(m, "MLOps"));
    }

    [Fact]
    public void Match_MicrosoftPosting_FitsMachineLearningFirstAndComputerVisionToo()
    {
        var top = TopFields("microsoft-research-ml-uq-intern", 8);
        Assert.True(IsAbout(top[0], "Machine Learning"));
        Assert.Contains(top, m => IsAbout(m, "Computer Vision"));
        Assert.Contains(top.SelectMany(m => m.Evidence), e => e.Term.Name == "deep learning");
    }

    [Fact]
    public void Match_PinterestPosting_FitsRecommenderSystemsFirst() =>
        Assert.True(IsAbout(TopFields("pinterest-phd-ml-intern-atg", 3)[0], "Recommender Systems"));

    [Fact]
    public void Match_NeverSeenPostings_FitTheirOwnDomains()
    {
        Assert.True(IsAbout(TopFields("cascade-senior-data-engineer", 3)[0], "Data Engineering"));
        Assert.Contains(TopFields("meridian-physical-design-engineer", 3), m => IsAbout(m, "Physical Design"));
    }

    [Fact]
    public void Match_ReturnsScoresBestFirstWithTheSharedTermsAsEvidence()
    {
        var top = TopFields("scale-ai-ml-research-intern", 10);
        Assert.Equal(10, top.Count);
        Assert.Equal(top.OrderByDescending(m => m.Score).Select(m => m.Path), top.Select(m => m.Path));
        foreach (var match in top)
        {
            Assert.InRange(match.Score, 0.0001, 1);
            Assert.NotEmpty(match.Evidence);
            Assert.Equal(match.Evidence.OrderByDescending(e => e.Contribution), match.Evidence);
            Assert.All(match.Evidence, e => Assert.True(e.PostingWeight > 0 && e.FieldWeight > 0));
            Assert.Equal(match.Score, match.Evidence.Sum(e => e.Contribution), 9);
        }
    }

    [Fact]
    public void Match_WeighsTermsBySectionKind()
    {
        var matcher = SkillsSeed.Matcher;
        var fields = SkillsSeed.Fields;
        ParsedPosting Posting(SectionKind cvKind, SectionKind dataKind) => new()
        {
            Sections =
            [
                new ParsedSection("A", cvKind, ["computer vision, object detection, image segmentation, OpenCV"]),
                new ParsedSection("B", dataKind, ["data pipelines, Apache Airflow, dbt, Snowflake, data warehousing"]),
            ],
        };

        var cvRequired = fields.Match(matcher, Posting(SectionKind.Required, SectionKind.Benefits), 1)[0];
        var dataRequired = fields.Match(matcher, Posting(SectionKind.Benefits, SectionKind.Required), 1)[0];
        Assert.True(IsAbout(cvRequired, "Computer Vision"), cvRequired.Path);
        Assert.True(IsAbout(dataRequired, "Data"), dataRequired.Path);
        Assert.Equal(0, FieldMatcher.WeightOf(SectionKind.Legal));
        Assert.True(FieldMatcher.WeightOf(SectionKind.Required) > FieldMatcher.WeightOf(SectionKind.About));
    }

    [Fact]
    public void Match_TextWithoutKnownTerms_FitsNoField() =>
        Assert.Empty(SkillsSeed.Fields.Match(SkillsSeed.Matcher, "We offer free lunch and a friendly team.", 5));

    [Fact]
    public void Build_MergesNotesAndSkillSetsIntoTheirField()
    {
        var tree = OutlineTree.FromParsed(OutlineParser.Parse("""
            # Widgets
            ## Frobnication
            ### Notes about Frobnication
            - Python
            ### Skill Sets for Frobnication
            - PyTorch
            ## Gadgets
            - SQL
            """));
        var matcher = new SkillMatcher(SkillVocabulary.FromCurated(CuratedList.Default));
        var fields = FieldMatcher.Build(tree, matcher);

        Assert.Equal(2, fields.FieldCount);
        var best = fields.Match(matcher, "Python and PyTorch", 5);
        Assert.Equal("Widgets / Frobnication", Assert.Single(best).Path);
    }
}
