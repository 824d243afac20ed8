using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

public class SectionHeadingsTests
{
    [Theory]
    [InlineData("Responsibilities", SectionKind.Responsibilities)]
    [InlineData("What you'll do", SectionKind.Responsibilities)]
    [InlineData("What You’ll Actually Do", SectionKind.Responsibilities)]
    [InlineData("WHAT YOU WILL DO:", SectionKind.Responsibilities)]
    [InlineData("Requirements", SectionKind.Required)]
    [InlineData("Required to have:", SectionKind.Required)]
    [InlineData("Minimum Qualifications", SectionKind.Required)]
    [InlineData("The Must-Haves", SectionKind.Required)]
    [InlineData("What we’re looking for", SectionKind.Required)]
    [InlineData("Education & Experience", SectionKind.Required)]
    [InlineData("Education and Experience", SectionKind.Required)]
    [InlineData("Preferred Qualifications", SectionKind.Preferred)]
    [InlineData("Ideally youd have:", SectionKind.Preferred)]
    [InlineData("Nice-to-haves", SectionKind.Preferred)]
    [InlineData("**Bonus points**", SectionKind.Preferred)]
    [InlineData("About Us:", SectionKind.About)]
    [InlineData("About the job", SectionKind.About)]
    [InlineData("About Northwind", SectionKind.About)]
    [InlineData("The TL;DR", SectionKind.About)]
    [InlineData("Benefits", SectionKind.Benefits)]
    [InlineData("Pay & Benefits", SectionKind.Pay)]
    [InlineData("Compensation", SectionKind.Pay)]
    [InlineData("EEO Statement", SectionKind.Legal)]
    [InlineData("Employment Type", SectionKind.Other)]
    [InlineData("About you", SectionKind.Required)]
    public void Match_VocabularyHeadingAsWritten_GivesItsKind(string heading, SectionKind kind)
    {
        Assert.Equal(kind, SectionHeadings.Match(heading));
    }

    [Theory]
    [InlineData("Microsoft")]
    [InlineData("The Tone:")]
    [InlineData("Python")]
    [InlineData("About the company we keep and the many friends we made along the way")]
    public void Match_NotInTheVocabulary_IsNull(string heading)
    {
        Assert.Null(SectionHeadings.Match(heading));
    }

    [Theory]
    [InlineData("You will be responsible for:", SectionKind.Responsibilities)]
    [InlineData("Your Day-to-Day", SectionKind.Responsibilities)]
    [InlineData("Who You Are & What You Bring", SectionKind.Required)]
    [InlineData("What makes you a great fit", SectionKind.Required)]
    [InlineData("Preferred skills and experience", SectionKind.Preferred)]
    [InlineData("Perks of working with us", SectionKind.Benefits)]
    [InlineData("Why you'll love it here", SectionKind.Benefits)]
    [InlineData("Salary and equity", SectionKind.Pay)]
    [InlineData("Our commitment to equal opportunity", SectionKind.Legal)]
    [InlineData("The Tone", null)]
    [InlineData("Fun facts", null)]
    [InlineData("Fitness room", null)]
    public void Classify_HeadingOutsideTheVocabulary_UsesKeywords(string heading, SectionKind? kind)
    {
        Assert.Equal(kind, SectionHeadings.Classify(heading));
    }

    [Theory]
    [InlineData("Example Projects:", true)]
    [InlineData("The Tone:", true)]
    [InlineData("Requirements", true)]
    [InlineData("Location: Cambridge, UK", false)]
    [InlineData("Including: Python, Java.", false)]
    [InlineData("Microsoft", false)]
    [InlineData("we need: you", false)]
    public void LooksLikeHeading_OnItsOwnLine(string line, bool heading)
    {
        Assert.Equal(heading, SectionHeadings.LooksLikeHeading(line));
    }

    [Fact]
    public void FindInRun_GluedHeadings_AreFoundWithTheirKinds()
    {
        const string run = "every day.DescriptionDescriptionAs an ML Scientist you will lead.Minimum QualificationsKey Qualifications5+ years of CV work.Pay & BenefitsAt Apple, base pay";

        var found = SectionHeadings.FindInRun(run).Select(h => (run.Substring(h.Start, h.Length), h.Kind)).ToList();

        Assert.Equal(
            [("Description", SectionKind.Responsibilities), ("Description", SectionKind.Responsibilities), ("Minimum Qualifications", SectionKind.Required),
             ("Key Qualifications", SectionKind.Required), ("Pay & Benefits", SectionKind.Pay)],
            found);
    }

    [Theory]
    [InlineData("Learn more about Apple Benefits.Note: terms apply")]
    [InlineData("our Requirements team")]
    [InlineData("Location: Charlotte, NC")]
    [InlineData("PayPal and PayPal Credit")]
    [InlineData("CVMLExperience with vision")]
    public void FindInRun_HeadingWordsInProse_AreNotHeadings(string run)
    {
        Assert.Empty(SectionHeadings.FindInRun(run));
    }
}
