using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

public class SectionBuilderTests
{
    private static IReadOnlyList<ParsedSection> Sections(string name, string text) => PostingParserTests.Parse(name, text).Sections;

    private static string Outline(IEnumerable<ParsedSection> sections) =>
        string.Join(" | ", sections.Select(s => $"{s.Heading} ({s.Kind}) {s.Lines.Count}"));

    [Fact]
    public void Build_UnknownSubHeadings_TakeTheKindOfTheirParent()
    {
        const string markdown = "# Data Engineer\n\n## Requirements\n\n### Languages\n- Python\n- SQL\n\n### Tools\n- Airflow\n\n## Our stack\n- Snowflake\n";

        Assert.Equal("Languages (Required) 2 | Tools (Required) 1 | Our stack (Other) 1", Outline(Sections("a.md", markdown)));
    }

    [Fact]
    public void Build_PreferredKeyInsideRequired_StartsAPreferredSection()
    {
        const string text = "Data Engineer\n\nMust haves\n• Skills: SQL and Python\n• Nice to have: dbt and Airflow\n";

        var sections = Sections("a.txt", text);

        Assert.Equal("Must haves (Required) 1 | Nice to have (Preferred) 1", Outline(sections));
        Assert.Equal(["dbt and Airflow"], sections[1].Lines);
    }

    [Fact]
    public void Build_EqualOpportunityParagraph_StartsALegalSection()
    {
        const string text = "Data Engineer\n\nBenefits\n- Pension\nContoso is an equal opportunity employer. We welcome applicants of every background.\nWe will make reasonable accommodations.\n";

        Assert.Equal("Benefits (Benefits) 1 |  (Legal) 2", Outline(Sections("a.txt", text)));
    }

    [Fact]
    public void Build_RepeatedAndEmptyHeadings_AreDropped()
    {
        const string text = "Data Engineer\n\nQualifications\nRequired\nRequired\n- SQL\nDesired\n- dbt\nAdditional Information\n";

        Assert.Equal("Required (Required) 1 | Desired (Preferred) 1", Outline(Sections("a.txt", text)));
    }

    [Fact]
    public void Build_RunningTextBeforeTheRequirements_IsAbout()
    {
        const string text = "Data Engineer\n\nWho we are:\nContoso makes accounting software for small shops. We are forty people in three cities, and we have been profitable since our second year.\n\nWhat you'll do\n- Build pipelines\n\nFun facts:\nWe have a dog in the office and a band that plays on Fridays, badly but with a lot of enthusiasm and volume.\n";

        Assert.Equal("Who we are (About) 1 | What you'll do (Responsibilities) 1 | Fun facts (Other) 1", Outline(Sections("a.txt", text)));
    }

    [Fact]
    public void Build_FlattenedRequirements_AreSplitIntoSentences()
    {
        var page = "Data Engineer - Careers at Contoso ContosoHomeJobsTeamsAbout the TeamWe keep the books of ten thousand small shops balanced every night. "
            + "Our team of twelve engineers runs the ledger, the nightly reconciliation and the reporting warehouse that accountants use.Requirements"
            + "SQL. Python. Airflow or Dagster.Benefits" + "A pension. Free lunch on Fridays.";

        var sections = Sections("a.txt", page);

        Assert.Equal(["SQL.", "Python.", "Airflow or Dagster."], Assert.Single(sections, s => s.Kind == SectionKind.Required).Lines);
        Assert.Equal(["A pension. Free lunch on Fridays."], Assert.Single(sections, s => s.Kind == SectionKind.Benefits).Lines);
    }
}
