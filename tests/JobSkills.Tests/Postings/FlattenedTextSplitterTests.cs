using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

public class FlattenedTextSplitterTests
{
    [Theory]
    [InlineData("PyTorchStrong understanding", "PyTorch|Strong understanding")]
    [InlineData("removed from favoritesAdd a favorite", "removed from favorites|Add a favorite")]
    [InlineData("experience in CVMLExperience with models", "experience in CVML|Experience with models")]
    [InlineData("Role Number:200550562The VCV team", "Role Number:200550562|The VCV team")]
    [InlineData("a related field.3+ years of SQL", "a related field.|3+ years of SQL")]
    [InlineData("for consumer apps.A portfolio of work", "for consumer apps.|A portfolio of work")]
    [InlineData("your Apple ID?Create one now", "your Apple ID?|Create one now")]
    [InlineData("use PyTorch, TensorFlow, JavaScript and LinkedIn daily", "use PyTorch, TensorFlow, JavaScript and LinkedIn daily")]
    [InlineData("iPhone and MacBook and YouTube and GitHub", "iPhone and MacBook and YouTube and GitHub")]
    [InlineData("MLOps and MLFlow on AWS", "MLOps and MLFlow on AWS")]
    [InlineData("e.g.On GitHub, U.S.Army, Python 3.11 and v2.0", "e.g.On GitHub, U.S.Army, Python 3.11 and v2.0")]
    public void SplitAtGlue_CutsOnlyWhereBlocksWereGlued(string text, string pieces)
    {
        Assert.Equal(pieces.Split('|'), FlattenedTextSplitter.SplitAtGlue(text));
    }

    [Fact]
    public void IsFlattened_NeedsALongLineWithSeveralGluePoints()
    {
        var prose = string.Concat(Enumerable.Repeat("We build models for customers and write them up clearly. ", 20));
        var glued = string.Concat(Enumerable.Repeat("We build models for customers.We write them upClearly and often. ", 20));

        Assert.False(FlattenedTextSplitter.IsFlattened(prose));
        Assert.True(FlattenedTextSplitter.IsFlattened(glued));
        Assert.False(FlattenedTextSplitter.IsFlattened("short.Glued.Text.Here"));
    }

    [Fact]
    public void SplitSentences_KeepsAbbreviationsTogether()
    {
        Assert.Equal(["Strong SQL, e.g. Postgres.", "Python too.", "Work with Dr. Smith in the U.S. Army.", "5 years."],
            FlattenedTextSplitter.SplitSentences("Strong SQL, e.g. Postgres. Python too. Work with Dr. Smith in the U.S. Army. 5 years."));
    }

    [Fact]
    public void Split_PageWithMenusWidgetAndFooter_KeepsHeaderFactsAndContentOnly()
    {
        const string page =
            "Staff Engineer - Careers at Initech InitechProductsSolutionsPricingSupport Open MenuClose Menu Sign In " +
            "Staff EngineerAustin, Texas, United StatesAdd to Favorites Staff EngineerRemoved from favoritesSign In" +
            "OverviewOverviewInitech builds the software that runs payroll for small businesses across the country.Key Qualifications" +
            "8+ years of backend development in JavaStrong SQL and data modelling skillsExperience leading design reviews" +
            "Preferred QualificationsKotlin experienceSubmit ResumeStaff EngineerBack to search results" +
            "Initech FooterProductsSolutionsOpen MenuClose MenuCopyright © 2025 Initech. All rights reserved.";

        var lines = FlattenedTextSplitter.Split(page);
        var content = lines.Where(l => l.Role != LineRole.Header).Select(l => (l.Role, l.Text)).ToList();

        Assert.Equal(
            [
                (LineRole.Heading, "Overview"),
                (LineRole.Paragraph, "Initech builds the software that runs payroll for small businesses across the country."),
                (LineRole.Heading, "Key Qualifications"),
                (LineRole.Paragraph, "8+ years of backend development in Java"),
                (LineRole.Paragraph, "Strong SQL and data modelling skills"),
                (LineRole.Paragraph, "Experience leading design reviews"),
                (LineRole.Heading, "Preferred Qualifications"),
                (LineRole.Paragraph, "Kotlin experience"),
            ],
            content);
        Assert.Contains(lines, l => l is { Role: LineRole.Header, Text: "Austin, Texas, United States" });
        Assert.DoesNotContain(lines, l => l.Text.Contains("Menu", StringComparison.Ordinal) || l.Text.Contains("Sign In", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_ChromeBetweenSections_ResumesAtTheNextHeadingWithText()
    {
        const string page =
            "Intro textAbout the TeamWe build payment systems for credit unions and their members every day.Save jobShare this job" +
            "ResponsibilitiesOwn the ledger service and its on-call rotation with the rest of the team.";

        var content = FlattenedTextSplitter.Split(page).Where(l => l.Role != LineRole.Header).Select(l => l.Text).ToList();

        Assert.Contains("Responsibilities", content);
        Assert.Contains("Own the ledger service and its on-call rotation with the rest of the team.", content);
        Assert.DoesNotContain(content, l => l.StartsWith("Share", StringComparison.Ordinal));
    }
}
