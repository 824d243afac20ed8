using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

public class PostingFactsTests
{
    private static ParsedPosting Parse(string name, string text) => PostingParserTests.Parse(name, text);

    private const string Body = "\n\nWe build tools that help small shops keep their books in order, and we have done so for twelve years.\n\nRequirements\n- Bookkeeping\n";

    [Theory]
    [InlineData("Senior Accountant | Contoso", "Senior Accountant", "Contoso")]
    [InlineData("Senior Accountant - Careers at Contoso", "Senior Accountant", "Contoso")]
    [InlineData("Contoso - Senior Accountant", "Senior Accountant", "Contoso")]
    [InlineData("Senior Accountant — Contoso Ltd", "Senior Accountant", "Contoso Ltd")]
    [InlineData("Senior Accountant at Contoso", "Senior Accountant", "Contoso")]
    [InlineData("Job Application for Senior Accountant at Contoso", "Senior Accountant", "Contoso")]
    public void Parse_TitleLine_GivesTitleAndCompany(string line, string title, string company)
    {
        var posting = Parse("posting.txt", line + Body);

        Assert.Equal((title, company), (posting.Title, posting.Company));
        Assert.DoesNotContain(posting.Sections, s => s.Lines.Contains(line));
    }

    [Fact]
    public void Parse_TitleCompanyAndLocationLines_AreReadAndLeaveTheSections()
    {
        var posting = Parse("posting.txt", "Senior Accountant\nContoso Ltd\nManchester, England, United Kingdom" + Body);

        Assert.Equal(("Senior Accountant", "Contoso Ltd"), (posting.Title, posting.Company));
        Assert.Equal(["Manchester, England, United Kingdom"], posting.Locations);
        Assert.Equal("", posting.Sections[0].Heading);
        Assert.DoesNotContain("Contoso Ltd", posting.Sections[0].Lines);
        Assert.StartsWith("Senior Accountant\nContoso Ltd\n", posting.Text);
    }

    [Fact]
    public void Parse_CompanyAndLocationOnOneLine_AreBothRead()
    {
        var posting = Parse("posting.txt", "SENIOR ACCOUNTANT\nContoso Ltd — London, UK" + Body);

        Assert.Equal(("SENIOR ACCOUNTANT", "Contoso Ltd"), (posting.Title, posting.Company));
        Assert.Equal(["London, UK"], posting.Locations);
    }

    [Fact]
    public void Parse_KeyValueLinesAndBullets_GiveTheFacts()
    {
        const string text = "Backend Developer\n\n• Company: Fabrikam\n• Location(s): Lisbon, Portugal; Remote\n• Salary: €48,000 – €60,000 per year\n• Employment type: Part-time\n• Date posted: 3 March 2025" + Body;

        var posting = Parse("posting.txt", text);

        Assert.Equal("Fabrikam", posting.Company);
        Assert.Equal(["Lisbon, Portugal", "Remote"], posting.Locations);
        Assert.Equal(("€48,000 – €60,000 per year", 48000m, 60000m, "EUR", PayPeriod.Year), (posting.PayText, posting.PayMin!.Value, posting.PayMax!.Value, posting.PayCurrency, posting.PayPeriod));
        Assert.Equal("Part-time", posting.EmploymentType);
        Assert.Equal(new DateOnly(2025, 3, 3), posting.PostedOn);
    }

    [Theory]
    [InlineData("Posted: May 9, 2024", 2024, 5, 9)]
    [InlineData("Posted on 9 May 2024", 2024, 5, 9)]
    [InlineData("Date posted: 2024-05-09", 2024, 5, 9)]
    [InlineData("Posted: Sept. 3rd, 2024", 0, 0, 0)]
    [InlineData("Posted: 5 days ago", 0, 0, 0)]
    public void Parse_PostedDate_IsReadWhenItIsADate(string line, int year, int month, int day)
    {
        var posting = Parse("posting.txt", "Backend Developer\n" + line + Body);

        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), posting.PostedOn);
    }

    [Fact]
    public void Parse_HeadingWithItsValueOnTheNextLine_GivesTheFact()
    {
        var posting = Parse("posting.txt", "Backend Developer" + Body + "\nEmployment Type\nContract\nLocation\nRemote\n");

        Assert.Equal("Contract", posting.EmploymentType);
        Assert.Equal(["Remote"], posting.Locations);
    }

    [Fact]
    public void Parse_MarkdownHeadingHoldingAFactKey_IsAFactNotASection()
    {
        var posting = Parse("posting.md", "## Job Title: QA Automation Engineer\n**Company:** Acme Robotics  \n**Rate:** $60 - $75 per hour\n\n### Requirements\n- pytest\n");

        Assert.Equal(("QA Automation Engineer", "Acme Robotics"), (posting.Title, posting.Company));
        Assert.Equal((60m, 75m, PayPeriod.Hour), (posting.PayMin!.Value, posting.PayMax!.Value, posting.PayPeriod));
        Assert.DoesNotContain(posting.Sections, s => s.Heading.StartsWith("Job Title", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoCompanyInTheText_FallsBackToTheFileNameWhenTheTextMentionsIt()
    {
        const string text = "The platform team at Fabrikam keeps our shops online, and we are hiring for it this spring and summer.\n\nRequirements\n- Go\n";

        var named = Parse("fabrikam-cloud-platform-engineer.txt", text);
        var unrelated = Parse("contoso-platform-engineer.txt", text);

        Assert.Equal(("Fabrikam", "Cloud Platform Engineer"), (named.Company, named.Title));
        Assert.Equal("", unrelated.Company);
        Assert.Equal("Platform Engineer", unrelated.Title);
    }

    [Fact]
    public void Parse_EqualOpportunityStatement_NamesTheCompany()
    {
        var posting = Parse("posting.txt", "Backend Developer" + Body + "\nWoodgrove Bank is an equal opportunity employer and values diversity at every level of the company.\n");

        Assert.Equal("Woodgrove Bank", posting.Company);
    }

    [Fact]
    public void Parse_LinkedInHeader_ReadsCompanyTitleLocationAndType()
    {
        const string text = "Tailspin Toys\nData Analyst\nSeattle, WA (Hybrid) · 3 days ago · 57 applicants\nHybrid · Full-time · Entry level\n\nAbout the job\nTailspin Toys makes wooden toys for children all over the world and sells them online and in 40 shops.\n";

        var posting = Parse("posting.txt", text);

        Assert.Equal(("Data Analyst", "Tailspin Toys", "Full-time"), (posting.Title, posting.Company, posting.EmploymentType));
        Assert.Equal(["Seattle, WA"], posting.Locations);
    }

    [Fact]
    public void Parse_IndeedHeader_DepartmentAfterADashStaysInTheTitle()
    {
        const string text = "Registered Nurse - ICU\nMercy Hospital\nSt. Louis, MO 63141\n$38 - $52 an hour - Full-time, Part-time" + Body;

        var posting = Parse("posting.txt", text);

        Assert.Equal(("Registered Nurse - ICU", "Mercy Hospital"), (posting.Title, posting.Company));
        Assert.Equal(["St. Louis, MO 63141"], posting.Locations);
        Assert.Equal((38m, 52m, PayPeriod.Hour), (posting.PayMin!.Value, posting.PayMax!.Value, posting.PayPeriod));
        Assert.Equal("Full-time, Part-time", posting.EmploymentType);
    }

    [Fact]
    public void Parse_WorkdayLabels_PostedAgoIsNotACompany()
    {
        const string text = "Data Scientist II\nlocations\nCharlotte, NC\ntime type\nFull time\nposted on\nPosted 5 Days Ago" + Body;

        var posting = Parse("posting.txt", text);

        Assert.Equal(("Data Scientist II", "", "Full-time"), (posting.Title, posting.Company, posting.EmploymentType));
        Assert.Equal(["Charlotte, NC"], posting.Locations);
        Assert.Null(posting.PostedOn);
    }

    [Fact]
    public void Parse_NoTypeStated_TakesItFromTheTitle()
    {
        Assert.Equal("Internship", Parse("posting.txt", "Summer Research Intern | Contoso" + Body).EmploymentType);
        Assert.Equal("", Parse("posting.txt", "Research Scientist | Contoso" + Body).EmploymentType);
    }

    [Theory]
    [InlineData("Seattle, Washington, United States", true)]
    [InlineData("San Francisco, CA", true)]
    [InlineData("Cambridge, UK", true)]
    [InlineData("Remote", true)]
    [InlineData("Remote (EU)", true)]
    [InlineData("Chicago, IL (Hybrid)", true)]
    [InlineData("Product Analyst, Pricing", false)]
    [InlineData("Python, Java, Go", false)]
    [InlineData("Microsoft", false)]
    public void IsLocation_ALineOnItsOwn(string line, bool location)
    {
        Assert.Equal(location, LocationText.IsLocation(line));
    }

    [Theory]
    [InlineData("Hybrid, Remote, San Francisco, CA; Palo Alto, CA; Seattle, WA", "Remote|San Francisco, CA|Palo Alto, CA|Seattle, WA")]
    [InlineData("Berlin, Germany or Remote (EU)", "Berlin, Germany|Remote (EU)")]
    [InlineData("London, Berlin, Remote", "London|Berlin|Remote")]
    [InlineData("New York, NY / Austin, TX", "New York, NY|Austin, TX")]
    [InlineData("Hybrid", "")]
    public void SplitList_ValueUnderALocationKey(string value, string locations)
    {
        Assert.Equal(locations.Length == 0 ? [] : locations.Split('|'), LocationText.SplitList(value));
    }
}
