using JobSkills.Skills;

namespace JobSkills.Tests.Skills;

public class SkillMatcherTests
{
    private static readonly SkillMatcher Matcher = new(SkillVocabulary.FromCurated(CuratedList.Parse("""
        # a small vocabulary for the rules below
        =C
        =R
        =Go | Golang
        =Rust
        C++
        C#
        .NET
        ASP.NET
        Node.js | NodeJS
        scikit-learn | sklearn
        PyTorch
        TensorFlow
        computer vision
        vision transformers
        machine learning | ML
        meta-learning
        large language models | LLM
        recommender systems
        JavaScript
        Java
        CI/CD
        place and route | P&R
        AI
        experimental design | DOE
        JSON
        """)));

    private static List<string> Found(string text) => Matcher.Match(text).Select(m => m.Term.Name).ToList();

    private static List<string> Texts(string text) => Matcher.Match(text).Select(m => m.Text).ToList();

    [Theory]
    [InlineData("Strong C and C++ skills", new[] { "C", "C++" })]
    [InlineData("C/C++, C# and .NET", new[] { "C", "C++", "C#", ".NET" })]
    [InlineData("report to a C-level executive", new string[0])]
    [InlineData("a grade of C- or better", new[] { "C" })]
    [InlineData("Objective-C developers", new string[0])]
    [InlineData("our c code", new string[0])]
    public void Match_C_OnlyAsTheLanguage(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Python or R for statistics", new[] { "R" })]
    [InlineData("our R&D team", new string[0])]
    [InlineData("or r or R2-D2", new string[0])]
    [InlineData("languages (Python, R, SQL)", new[] { "R" })]
    [InlineData("Requisition R-2024-0387", new string[0])]
    [InlineData("at −25 °C and with C", new[] { "C" })]
    public void Match_R_OnlyAsTheLanguage(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Experience with Go, Rust or Java", new[] { "Go", "Rust", "Java" })]
    [InlineData("Services written in Go.", new[] { "Go" })]
    [InlineData("Go to our careers page", new string[0])]
    [InlineData("Go the extra mile for customers", new string[0])]
    [InlineData("ready to go above and beyond", new string[0])]
    [InlineData("a go-to-market strategy", new string[0])]
    [InlineData("Rust is a plus", new string[0])]
    [InlineData("C++ or Rust is a plus", new[] { "C++", "Rust" })]
    [InlineData("Go, Rust: either is fine", new[] { "Go", "Rust" })]
    [InlineData("rust on old pipes", new string[0])]
    [InlineData("Golang microservices", new[] { "Go" })]
    public void Match_WordLikeNames_OnlyWhereTheyReadAsNames(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Node.js and ASP.NET", new[] { "Node.js", "ASP.NET" })]
    [InlineData("scikit-learn, sklearn", new[] { "scikit-learn", "scikit-learn" })]
    [InlineData("Java and JavaScript", new[] { "Java", "JavaScript" })]
    [InlineData("CI/CD pipelines", new[] { "CI/CD" })]
    [InlineData("P&R and place & route", new[] { "place and route", "place and route" })]
    public void Match_RespectsCompoundNames(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("DOE and DOEs; LLMs", new[] { "experimental design", "experimental design", "large language models" })]
    [InlineData("json or JSON files", new[] { "JSON", "JSON" })]
    [InlineData("it does not, Json Does", new string[0])]
    [InlineData("Jsons and jsons", new string[0])]
    public void Match_Acronyms_InCapitalsOrAllLowerCase(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("PyTorch, Pytorch or pytorch", 3)]
    [InlineData("TensorFlow / Tensorflow", 2)]
    public void Match_IgnoresCaseOfOrdinaryNames(string text, int count) => Assert.Equal(count, Matcher.Match(text).Count);

    [Fact]
    public void Match_PrefersTheLongestTerm()
    {
        Assert.Equal(["computer vision"], Found("computer vision and vision transformers")[..1]);
        Assert.Equal(["computer vision", "vision transformers"], Found("computer vision and vision transformers"));
        Assert.Equal(["machine learning"], Found("Machine  Learning"));
    }

    [Fact]
    public void Match_AcceptsHyphenSpaceAndPluralVariants()
    {
        Assert.Equal(["meta-learning", "meta-learning"], Found("meta-learning, meta learning"));
        Assert.Equal(["LLMs", "recommender system"], Texts("LLMs power our recommender system"));
        Assert.Equal(["large language models", "recommender systems"], Found("large language models and recommender systems"));
    }

    [Fact]
    public void Match_ReportsWhereAndWhatMatched()
    {
        var match = Assert.Single(Matcher.Match("Strong pytorch skills"));
        Assert.Equal("PyTorch", match.Term.Name);
        Assert.Equal(7, match.Start);
        Assert.Equal(7, match.Length);
        Assert.Equal("pytorch", match.Text);
    }

    [Theory]
    [InlineData("ML-driven placement and AI-powered tools", new[] { "machine learning", "AI" })]
    [InlineData("non-ML work", new string[0])]
    [InlineData("Python's ML stack", new[] { "machine learning" })]
    [InlineData("toolkits, e.g., PyTorchStrong software engineering", new[] { "PyTorch" })]
    [InlineData("Machine Learning and AIAdd to Favorites", new[] { "machine learning", "AI" })]
    [InlineData("Java8 and JavaFX", new string[0])]
    public void Match_FindsWordBoundariesInCompoundsAndFlattenedPages(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("see https://pytorch.org/get-started or www.tensorflow.org")]
    [InlineData("mail ml-team@pytorch.org")]
    public void Match_SkipsUrlsAndAddresses(string text) => Assert.Empty(Matcher.Match(text));
}
