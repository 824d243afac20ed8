using System.Text;
using JobSkills.Import;
using JobSkills.Postings;

namespace JobSkills.Tests.Postings;

public class PostingParserTests
{
    internal static ParsedPosting Parse(string name, string text) =>
        PostingParser.Parse(SourceFile.FromBytes(name, Encoding.UTF8.GetBytes(text)));

    /// <summary>Everything a parse puts out, as one string: the text and every heading and line.</summary>
    internal static string Output(ParsedPosting posting) =>
        string.Join('\n', new[] { posting.Title, posting.Company, posting.PayText, posting.EmploymentType, posting.Text }
            .Concat(posting.Locations)
            .Concat(posting.Sections.SelectMany(s => s.Lines.Prepend(s.Heading))));

    private const string Minimal = "Data Engineer\n\nRequirements\n- SQL and Python\n";

    [Theory]
    [InlineData("posting.pdf", "'.pdf'")]
    [InlineData("posting.docx", "'.docx'")]
    [InlineData("posting", "a file without an extension")]
    public void Parse_UnknownExtension_SaysWhichFormatsAreAccepted(string name, string named)
    {
        var error = Assert.Throws<ImportException>(() => Parse(name, Minimal));

        Assert.Equal($"{name}: {named} is not a posting format; use .txt, .md, .markdown, .html, .htm", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("a.txt", PostingFormat.Text)]
    [InlineData("a.TXT", PostingFormat.Text)]
    [InlineData("a.md", PostingFormat.Markdown)]
    [InlineData("a.markdown", PostingFormat.Markdown)]
    [InlineData("a.html", PostingFormat.Html)]
    [InlineData("a.htm", PostingFormat.Html)]
    public void Parse_KnownExtension_PicksTheReader(string name, PostingFormat format)
    {
        Assert.Equal(format, Parse(name, Minimal).Format);
    }

    [Fact]
    public void Parse_TextFileHoldingAWebPage_IsReadAsHtml()
    {
        var posting = Parse("saved.txt", "<!DOCTYPE html><html><body><h1>Data Engineer</h1><h2>Requirements</h2><ul><li>SQL and Python</li></ul><script>steal()</script></body></html>");

        Assert.Equal(PostingFormat.Html, posting.Format);
        Assert.Equal(["SQL and Python"], Assert.Single(posting.Sections, s => s.Kind == SectionKind.Required).Lines);
        Assert.DoesNotContain("steal", Output(posting));
    }

    [Fact]
    public void Parse_NulBytes_IsRefusedBySourceFileAsBinary()
    {
        var error = Assert.Throws<ImportException>(() => SourceFile.FromBytes("nul.txt", new byte[64 * 1024]));

        Assert.Equal("nul.txt: looks like a binary file (it contains NUL or control bytes), not text", error.Message);
    }

    [Theory]
    [InlineData("empty.html", "<html><head><script>var x = 1;</script><style>p{}</style></head><body><nav>Home Jobs</nav></body></html>")]
    [InlineData("chrome.txt", "Apply now\nSign in\nShow more\n© 2025 Example Inc.\n")]
    [InlineData("nothing.md", "<script>alert(1)</script>\n\n[click](javascript:alert(1))\n")]
    public void Parse_NothingReadableLeft_SaysNoPostingTextFound(string name, string text)
    {
        var error = Assert.Throws<ImportException>(() => Parse(name, text));

        Assert.StartsWith($"{name}: no posting text found", error.Message);
    }

    [Fact]
    public void Parse_HtmlWithHostileMarkup_KeepsOnlyPlainPostingText()
    {
        const string html = """
            <html><head>
              <script>document.write('<p>injected</p>')</script>
              <style>body { background: url(javascript:alert(1)) }</style>
              <meta http-equiv="refresh" content="0;url=javascript:alert(2)">
              <base href="javascript:alert(3)//">
            </head>
            <body onload="alert(4)">
              <h1 onclick="alert(5)">Platform Engineer</h1>
              <p>Acme builds <b onmouseover="alert(6)">robots</b> for warehouses and ships them to forty countries every single week of the year.</p>
              <h2>Requirements</h2>
              <ul>
                <li>Go or Rust <a href="javascript:alert(7)">hidden link text</a></li>
                <li>Linux <a href=" JaVaScRiPt:alert(8)">cased link</a><a href="java&#x73;cript:alert(9)">entity link</a><a href="java&#9;script:alert(10)">tab link</a></li>
                <li>Kubernetes <a href="vbscript:msgbox(11)">vb link</a><a href="data:text/html,<script>alert(12)</script>">data link</a> <a href="https://acme.example/k8s">our cluster docs</a></li>
              </ul>
              <img src="x" onerror="alert(13)">
              <svg onload="alert(14)"><text>svg text</text></svg>
              <iframe srcdoc="<script>alert(15)</script>">frame text</iframe>
              <object data="x.swf">object text</object>
              <form action="javascript:alert(16)"><input value="form value"><button>Send</button></form>
              <template><p>template text</p></template>
              <div hidden>hidden text</div>
              <noscript>noscript text</noscript>
              <math><mi>math text</mi></math>
            </body></html>
            """;

        var posting = Parse("hostile.html", html);
        var output = Output(posting);

        Assert.Equal("Platform Engineer", posting.Title);
        Assert.Equal(["Go or Rust", "Linux", "Kubernetes our cluster docs"], Assert.Single(posting.Sections, s => s.Kind == SectionKind.Required).Lines);
        foreach (var banned in new[] { "alert", "injected", "javascript", "script", "msgbox", "background", "<", ">", "onerror", "onclick", "link", "svg text", "frame text", "object text", "form value", "Send", "template text", "hidden text", "noscript text", "math text" })
        {
            Assert.DoesNotContain(banned, output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Parse_MarkdownWithHostileLinksAndHtml_KeepsOnlyPlainPostingText()
    {
        const string markdown = """
            # Platform Engineer at Acme

            Acme builds robots for warehouses and ships them to forty countries every single week of the year.

            ## Requirements

            - Go or Rust [hidden link text](javascript:alert(1))
            - Linux [entity link](java&#x73;cript:alert(2)) <javascript:alert(3)>
            - Kubernetes ![image alt](javascript:alert(4)) [reference link][evil] [data link](data:text/html;base64,PHNjcmlwdD4=)
            - Terraform <script>alert(5)</script> and <img src=x onerror=alert(6)> Ansible
            - Docker <a href="javascript:alert(7)">html link</a>

            <script>
            alert(8)
            </script>

            <div onclick="alert(9)">Block html text stays readable.</div>

            [evil]: javascript:alert(10)
            """;

        var posting = Parse("hostile.md", markdown);
        var output = Output(posting);

        Assert.Equal("Platform Engineer", posting.Title);
        Assert.Equal("Acme", posting.Company);
        Assert.Equal(["Go or Rust", "Linux", "Kubernetes", "Terraform and Ansible", "Docker", "Block html text stays readable."],
            Assert.Single(posting.Sections, s => s.Kind == SectionKind.Required).Lines);
        foreach (var banned in new[] { "alert", "javascript", "script", "onerror", "onclick", "link", "image alt", "<", ">", "base64" })
        {
            Assert.DoesNotContain(banned, output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Parse_PlainTextWithMarkup_RemovesTagsScriptsAndJavascriptUrls()
    {
        const string text = "Backend Engineer\n\nRequirements\n- Python <script>alert(1)</script>\n- <b onclick=\"alert(2)\">SQL</b> and <5 years of pain\n- See javascript:alert(3) for details\n";

        var output = Output(Parse("markup.txt", text));

        Assert.Contains("Python", output);
        Assert.Contains("SQL and <5 years of pain", output);
        Assert.DoesNotContain("alert", output);
        Assert.DoesNotContain("onclick", output);
    }

    [Fact]
    public void Parse_HtmlBulletsWrittenAsText_BecomeItems()
    {
        const string html = "<body><h1>Field Technician</h1><p><strong>Requirements:</strong><br>- Valid driver's license<br>- Two years of electrical work<br>• OSHA 10 certificate</p></body>";

        var section = Assert.Single(Parse("bullets.html", html).Sections, s => s.Kind == SectionKind.Required);

        Assert.Equal("Requirements", section.Heading);
        Assert.Equal(["Valid driver's license", "Two years of electrical work", "OSHA 10 certificate"], section.Lines);
    }

    [Fact]
    public void Parse_HtmlPre_KeepsItsLines()
    {
        var posting = Parse("pre.html", "<body><pre>Data Engineer\n\nRequirements\n- SQL\n- Python</pre></body>");

        Assert.Equal(["SQL", "Python"], Assert.Single(posting.Sections, s => s.Kind == SectionKind.Required).Lines);
    }

    [Fact]
    public void Parse_HtmlNestedTenThousandDeep_DoesNotOverflowTheStack()
    {
        var html = "<html><body><h1>Data Engineer</h1>" + string.Concat(Enumerable.Repeat("<div>", 10_000))
            + "<p>Deep inside the page there is still a sentence about the data platform team and its work.</p>"
            + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";

        var posting = Parse("deep.html", html);

        Assert.Contains("Deep inside the page", posting.Text);
    }

    [Theory]
    [InlineData("pinterest-phd-ml-intern-atg.txt", "", "big.txt", "PhD Fall Machine Learning Intern (ATG — Visual, Multimodal, and Recommender Systems)")]
    [InlineData("pinterest-phd-ml-intern-atg.txt", "<html><body><pre>", "big-pre.html", "PhD Fall Machine Learning Intern (ATG — Visual, Multimodal, and Recommender Systems)")]
    [InlineData("nimbus-backend-engineer.md", "", "big.md", "Backend Engineer (Go)")]
    [InlineData("lumen-health-senior-ios-engineer.html", "", "big.html", "Senior iOS Engineer")]
    public void Parse_FiveMegabytesOfPostings_Completes(string sample, string prefix, string name, string title)
    {
        var seed = Path.Combine(SeedData.PostingsFolder, sample);
        var one = File.ReadAllText(File.Exists(seed) ? seed : Path.Combine(ExpectedPosting.SamplesFolder, sample));
        var builder = new StringBuilder(prefix, 5 * 1024 * 1024 + one.Length);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(one).Append('\n');
        }

        var posting = Parse(name, builder.ToString());

        Assert.Equal(title, posting.Title);
        Assert.Contains(posting.Sections, s => s.Kind == SectionKind.Required);
    }

    [Fact]
    public void Parse_FiveMegabytesOfFlattenedPageOnOneLine_Completes()
    {
        var one = File.ReadAllText(Path.Combine(SeedData.PostingsFolder, "apple-ml-applied-scientist.txt"));
        var builder = new StringBuilder(5 * 1024 * 1024 + one.Length);
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(one);
        }

        var posting = Parse("big-flat.txt", builder.ToString());

        Assert.Equal("Machine Learning Applied Scientist", posting.Title);
        Assert.DoesNotContain("Open Menu", posting.Text);
    }

    [Fact]
    public void Parse_FiveMegabytesWithoutAnyStructure_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum $ 5 <a javascript: 2.5 Qualifications ", 5 * 1024 * 1024 / 48));

        var posting = Parse("noise.txt", text);

        Assert.NotEmpty(posting.Text);
    }

    [Fact]
    public void Parse_HtmlWithJsonLdInGraphAndEmptyBody_ReadsFactsAndSectionsFromTheJsonLd()
    {
        const string html = """
            <html><head><title>Careers</title>
            <script type="application/ld+json">{ "@context": "https://schema.org", "@graph": [
              { "@type": "WebSite", "name": "Careers" },
              { "@type": ["JobPosting"], "title": "Site Reliability Engineer", "hiringOrganization": "Blue Yonder Labs",
                "jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": { "@type": "Country", "name": "Canada" },
                "employmentType": "CONTRACTOR", "datePosted": "2025-06-30",
                "baseSalary": { "@type": "MonetaryAmount", "currency": "CAD", "value": { "@type": "QuantitativeValue", "value": "85", "unitText": "HOUR" } },
                "description": "<p>We keep payment systems running for 300 credit unions across the country, every hour of every day.</p><h3>Responsibilities</h3><ul><li>Run our Kubernetes fleet</li><li>Own incident response</li></ul><h3>Qualifications</h3><ul><li>Terraform</li><li>Prometheus and Grafana</li></ul><script>alert(1)<\/script>" }
            ] }</script>
            <script type="application/ld+json">{ this is not json </script>
            </head><body><div id="root"></div><noscript>Enable JavaScript</noscript></body></html>
            """;

        var posting = Parse("spa.html", html);

        Assert.Equal("Site Reliability Engineer", posting.Title);
        Assert.Equal("Blue Yonder Labs", posting.Company);
        Assert.Equal(["Remote"], posting.Locations);
        Assert.Equal("Contract", posting.EmploymentType);
        Assert.Equal(new DateOnly(2025, 6, 30), posting.PostedOn);
        Assert.Equal((85m, 85m, "CAD", PayPeriod.Hour), (posting.PayMin!.Value, posting.PayMax!.Value, posting.PayCurrency, posting.PayPeriod));
        Assert.Equal("CAD 85 per hour", posting.PayText);
        Assert.Equal(["Terraform", "Prometheus and Grafana"], Assert.Single(posting.Sections, s => s.Kind == SectionKind.Required).Lines);
        Assert.DoesNotContain("alert", Output(posting));
    }

    [Fact]
    public void Parse_JsonLdWithMarkupInItsStrings_GivesPlainFacts()
    {
        const string html = """
            <html><head><title>x</title><script type="application/ld+json">
            { "@type": "JobPosting", "title": "Data Engineer<img src=x onerror=alert(1)>", "hiringOrganization": { "name": "<script>alert(2)<\/script>Contoso" },
              "jobLocation": { "address": { "addressLocality": "<b onclick='alert(3)'>Oslo</b>", "addressCountry": "Norway" } } }
            </script></head><body><p>Contoso runs the ferries between the islands, and we need someone to keep the data flowing to the bridge.</p></body></html>
            """;

        var posting = Parse("jsonld.html", html);

        Assert.Equal(("Data Engineer", "Contoso"), (posting.Title, posting.Company));
        Assert.Equal(["Oslo, Norway"], posting.Locations);
        Assert.DoesNotContain("alert", Output(posting));
    }

    [Fact]
    public void Parse_HtmlHeaderInsideArticle_IsKeptButSiteHeaderAndFooterAreNot()
    {
        const string html = """
            <body>
              <header><a href="/">Globex</a><ul><li>Products</li><li>Careers</li></ul></header>
              <article>
                <header><h1>Quality Analyst</h1><p>Springfield, Illinois, United States</p></header>
                <h2>Responsibilities</h2><ul><li>Write test plans for the reactor control software</li></ul>
              </article>
              <footer>Globex Corporation · Products · Careers</footer>
            </body>
            """;

        var posting = Parse("article.html", html);

        Assert.Equal("Quality Analyst", posting.Title);
        Assert.Equal(["Springfield, Illinois, United States"], posting.Locations);
        Assert.DoesNotContain("Products", posting.Text);
    }

    [Fact]
    public void Parse_NumberedSectionHeadings_StartSections()
    {
        var text = "ACME BANK\nJob Title: Data Engineer\n\n1. POSITION OVERVIEW\n\nWe move money.\n\n2. KEY RESPONSIBILITIES\n\n"
            + "2.1 Build pipelines in Spark.\n2.2 Own the warehouse.\n\n3. Required Qualifications\n\n3.1 SQL and Python.\n"
            + "4. Keep it simple\n";
        var posting = Parse("numbered.txt", text);

        Assert.Equal(["Build pipelines in Spark.", "Own the warehouse."], Assert.Single(posting.Sections, s => s.Kind == SectionKind.Responsibilities).Lines);
        var required = Assert.Single(posting.Sections, s => s.Kind == SectionKind.Required);
        Assert.Equal(["SQL and Python.", "Keep it simple"], required.Lines);
    }
}
