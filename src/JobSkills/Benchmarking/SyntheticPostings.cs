using JobSkills.Import;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Seeds;
using JobSkills.Skills;

namespace JobSkills.Benchmarking;

/// <summary>
/// Made-up postings for the search benchmark that read like real ones: titles, companies and
/// locations from short lists (companies skewed, as a few employers post most), a section of
/// each kind, and requirement lines built from the seed postings' own lines, the outline's
/// bullets and its skill terms. Skills are drawn with a Zipf law over a ranked list (common
/// ones like Python and PyTorch first, then the outline's vocabulary), so a search for
/// "pytorch", "computer vision" or "kubernetes" matches a realistic, skewed share of postings.
/// The same seed gives the same postings.
/// </summary>
public sealed class SyntheticPostings
{
    /// <summary>The head of the skill ranking, most frequent first; the outline's vocabulary follows.</summary>
    private static readonly string[] CommonSkills =
    [
        "Python", "machine learning", "deep learning", "PyTorch", "SQL", "C++", "TensorFlow", "computer vision",
        "NLP", "AWS", "statistics", "Java", "Spark", "Docker", "large language models", "Kubernetes",
        "data pipelines", "reinforcement learning", "Go", "JAX", "GCP", "scikit-learn", "CUDA", "Kafka",
        "recommender systems", "Airflow", "Rust", "TypeScript", "distributed systems", "MLOps",
    ];

    private static readonly string[] Titles =
    [
        "Machine Learning Engineer", "Senior Machine Learning Engineer", "Applied Scientist", "Research Scientist",
        "Computer Vision Engineer", "NLP Engineer", "Data Scientist", "Senior Data Scientist", "ML Research Intern",
        "Machine Learning Intern", "Software Engineer, Machine Learning", "ML Platform Engineer", "Data Engineer",
        "Staff Machine Learning Engineer", "Perception Engineer", "Robotics Software Engineer", "AI Engineer",
        "Deep Learning Engineer", "MLOps Engineer", "Research Engineer", "Applied ML Scientist", "Backend Engineer",
    ];

    /// <summary>Most frequent first: the first few post most of the jobs.</summary>
    private static readonly string[] Companies =
    [
        "Apple", "Google", "Microsoft", "Amazon", "Meta", "NVIDIA", "Pinterest", "Scale AI", "Netflix", "Uber",
        "Airbnb", "Stripe", "Databricks", "Snowflake", "Adobe", "Salesforce", "Intel", "Qualcomm", "Tesla", "Waymo",
        "Cruise", "Lyft", "DoorDash", "Spotify", "Shopify", "Atlassian", "Dropbox", "Instacart", "Reddit", "Zillow",
        "Acme Robotics", "Globex Vision", "Initech AI", "Umbrella Health", "Hooli", "Vandelay Data", "Stark Analytics",
        "Wayne Systems", "Cyberdyne Labs", "Tyrell Imaging",
    ];

    private static readonly string[] Locations =
    [
        "Seattle, WA", "San Francisco, CA", "New York, NY", "Mountain View, CA", "Palo Alto, CA", "Austin, TX",
        "Boston, MA", "Remote", "London, United Kingdom", "Cambridge, United Kingdom", "Zurich, Switzerland",
        "Toronto, Canada", "Berlin, Germany", "Paris, France", "Bangalore, India", "Tel Aviv, Israel",
        "Sunnyvale, CA", "Cupertino, CA", "Pittsburgh, PA", "Chicago, IL",
    ];

    private static readonly string[] RequiredTemplates =
    [
        "Experience with {0}, {1} and {2}",
        "{n}+ years of experience in {0} or {1}",
        "Strong {0} skills",
        "Hands-on experience with {0} in production",
        "Familiarity with {0} and {1}",
        "Proficiency in {0}; experience with {1} is a plus",
        "Solid understanding of {0}, {1}, or {2}",
        "BS, MS or PhD in Computer Science or a related field, with coursework in {0}",
        "Track record of shipping {0} systems at scale",
    ];

    private static readonly string[] PreferredTemplates =
    [
        "Publications in {0} at top-tier venues (NeurIPS, ICML, CVPR, ACL)",
        "Experience with {0} or {1}",
        "Contributions to open source {0} projects",
        "Knowledge of {0} and {1}",
        "Prior internship working on {0}",
    ];

    private static readonly string[] ResponsibilityTemplates =
    [
        "Design, train and deploy models for {0}",
        "Build data pipelines and evaluation tooling with {0} and {1}",
        "Work with product teams to bring {0} research into production",
        "Improve the latency and quality of our {0} models",
        "Prototype new approaches in {0} and share the results with the team",
    ];

    private static readonly string[] Benefits =
    [
        "Comprehensive medical, dental and vision coverage",
        "Generous parental leave and flexible working hours",
        "401(k) plan with company match",
        "Annual learning and conference budget",
        "Equity in a fast-growing company",
        "Relocation support and visa sponsorship",
    ];

    private static readonly (string Heading, SectionKind Kind)[] Headings =
    [
        ("About us", SectionKind.About), ("About the team", SectionKind.About),
        ("Responsibilities", SectionKind.Responsibilities), ("What you'll do", SectionKind.Responsibilities),
        ("Minimum qualifications", SectionKind.Required), ("Requirements", SectionKind.Required), ("What you bring", SectionKind.Required),
        ("Preferred qualifications", SectionKind.Preferred), ("Nice to have", SectionKind.Preferred),
        ("Benefits", SectionKind.Benefits), ("Pay", SectionKind.Pay), ("Equal opportunity", SectionKind.Legal),
    ];

    private readonly Dictionary<SectionKind, string[]> sampleLines;
    private readonly string[] bullets;
    private readonly string[] skills;
    private readonly double[] skillWeights;
    private readonly double[] companyWeights;

    /// <summary>A generator whose corpus is the given postings' lines and the outline's bullets and skill terms.</summary>
    public SyntheticPostings(IEnumerable<ParsedPosting> samples, OutlineTree outline)
    {
        sampleLines = samples
            .SelectMany(p => p.Sections)
            .SelectMany(s => s.Lines.Select(line => (s.Kind, Line: line)))
            .Where(x => x.Line.Length is >= 20 and <= 300)
            .GroupBy(x => x.Kind)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Line).Distinct(StringComparer.Ordinal).ToArray());
        bullets = outline.InDocumentOrder()
            .Where(n => n.Kind == OutlineNodeKind.ListItem && !n.IsPlaceholder && !n.IsSkillSet && n.PlainText.Length is >= 30 and <= 200)
            .Select(n => n.PlainText)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        // The common skills first, then the outline's vocabulary in an order fixed by a seed of its own.
        var common = CommonSkills.Select(s => s.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var vocabulary = SkillVocabulary.Build(outline).Terms
            .Where(t => t.Source == TermSource.Outline && !common.Contains(t.Name.ToLowerInvariant()))
            .Select(t => t.Name)
            .ToArray();
        new Random(7).Shuffle(vocabulary);
        skills = [.. CommonSkills, .. vocabulary];
        skillWeights = ZipfCumulative(skills.Length, 1.05);
        companyWeights = ZipfCumulative(Companies.Length, 0.8);
    }

    /// <summary>The generator over the embedded seed postings and outline.</summary>
    public static SyntheticPostings FromSeeds() => From(SeedFiles.Postings, SeedFiles.Outline);

    /// <summary>The generator over these postings and this outline.</summary>
    public static SyntheticPostings From(IEnumerable<SourceFile> postings, SourceFile outline) => new(
        postings.Select(PostingParser.Parse),
        OutlineTree.FromParsed(OutlineParser.Parse(outline.Text, outline.Name)));

    /// <summary>The number of distinct skills the generator draws from.</summary>
    public int Skills => skills.Length;

    public IReadOnlyList<ParsedPosting> Generate(int count, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var postings = new List<ParsedPosting>(count);
        for (var i = 0; i < count; i++)
        {
            postings.Add(Next(random));
        }

        return postings;
    }

    private ParsedPosting Next(Random random)
    {
        var title = Pick(random, Titles);
        var company = Companies[Draw(random, companyWeights)];
        var locations = Enumerable.Range(0, random.Next(4) == 0 ? 2 : 1).Select(_ => Pick(random, Locations)).Distinct().ToList();
        var sections = new List<ParsedSection>
        {
            Section(random, SectionKind.About, [$"{company} is hiring a {title} in {locations[0]}.", .. Samples(random, SectionKind.About, random.Next(1, 3))]),
            Section(random, SectionKind.Responsibilities, Lines(random, ResponsibilityTemplates, random.Next(2, 4), SectionKind.Responsibilities, random.Next(0, 2), bulletCount: random.Next(1, 3))),
            Section(random, SectionKind.Required, Lines(random, RequiredTemplates, random.Next(3, 6), SectionKind.Required, random.Next(1, 3), bulletCount: 0)),
            Section(random, SectionKind.Preferred, Lines(random, PreferredTemplates, random.Next(1, 3), SectionKind.Preferred, random.Next(0, 2), bulletCount: random.Next(0, 2))),
        };

        if (random.Next(2) == 0)
        {
            sections.Add(Section(random, SectionKind.Benefits, Enumerable.Range(0, 3).Select(_ => Pick(random, Benefits)).Distinct().ToList()));
        }

        var payMin = random.Next(8, 25) * 10_000m;
        var payMax = payMin + (random.Next(2, 10) * 10_000m);
        var payText = $"${payMin:#,0} - ${payMax:#,0} per year";
        if (random.Next(5) < 3)
        {
            sections.Add(Section(random, SectionKind.Pay, [$"The base pay range for this role is {payText}, plus equity and benefits."]));
        }

        if (random.Next(10) < 7)
        {
            sections.Add(Section(random, SectionKind.Legal, [$"{company} is an equal opportunity employer and values diversity. All qualified applicants will receive consideration without regard to race, religion, gender or disability."]));
        }

        return new ParsedPosting
        {
            Title = title,
            Company = company,
            Locations = locations,
            PayText = payText,
            PayMin = payMin,
            PayMax = payMax,
            PayCurrency = "USD",
            PayPeriod = PayPeriod.Year,
            EmploymentType = title.Contains("Intern", StringComparison.Ordinal) ? "Internship" : "Full-time",
            Format = PostingFormat.Text,
            Text = string.Join('\n', sections.SelectMany(s => s.Lines.Prepend(s.Heading))),
            Sections = sections,
        };
    }

    private static ParsedSection Section(Random random, SectionKind kind, IReadOnlyList<string> lines)
    {
        var headings = Headings.Where(h => h.Kind == kind).ToArray();
        return new ParsedSection(headings[random.Next(headings.Length)].Heading, kind, lines);
    }

    /// <summary>Lines from templates filled with drawn skills, lines of the sample postings and outline bullets, shuffled.</summary>
    private List<string> Lines(Random random, string[] templates, int fromTemplates, SectionKind kind, int fromSamples, int bulletCount)
    {
        var lines = new List<string>();
        for (var i = 0; i < fromTemplates; i++)
        {
            lines.Add(Pick(random, templates)
                .Replace("{n}", random.Next(2, 9).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{0}", Skill(random), StringComparison.Ordinal)
                .Replace("{1}", Skill(random), StringComparison.Ordinal)
                .Replace("{2}", Skill(random), StringComparison.Ordinal));
        }

        lines.AddRange(Samples(random, kind, fromSamples));
        for (var i = 0; i < bulletCount && bullets.Length > 0; i++)
        {
            lines.Add(Pick(random, bullets));
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines));
        return lines;
    }

    private IEnumerable<string> Samples(Random random, SectionKind kind, int count) =>
        sampleLines.TryGetValue(kind, out var lines) ? Enumerable.Range(0, count).Select(_ => Pick(random, lines)).Distinct() : [];

    private string Skill(Random random) => skills[Draw(random, skillWeights)];

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>An index drawn with the probabilities whose running sums these are.</summary>
    private static int Draw(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    /// <summary>Running sums of Zipf probabilities: rank r has weight 1 / r^exponent.</summary>
    private static double[] ZipfCumulative(int count, double exponent)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1 / Math.Pow(rank, exponent)).ToArray();
        var total = weights.Sum();
        var cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }

        return cumulative;
    }
}
