using JobSkills.Skills;

namespace JobSkills.Tests.Skills;

/// <summary>The forms a term is found in besides its spellings (<see cref="TermVariants"/>, <see cref="WordForms"/>) and coordinations (<see cref="Coordination"/>).</summary>
public class TermFormsTests
{
    private static readonly SkillMatcher Matcher = new(SkillVocabulary.FromCurated(CuratedList.Parse("""
        camera calibration
        model deployment
        model training
        model evaluation
        model optimization
        data analysis
        data cleaning
        code review
        system design
        design systems
        unit testing | unit tests
        integration testing
        end-to-end testing
        threat modeling
        data visualization
        behavioral modeling
        object detection
        object tracking
        model predictive control
        metric learning
        question answering
        team building
        financial data
        data versioning
        stream processing
        batch processing
        statistical learning
        machine learning
        YOLO
        GDPR
        post-layout simulation
        analog IC design
        machine vision
        profiling
        low-power design
        full-stack development
        """, "data\nmodel\nsystem\nquestion")));

    private static List<string> Found(string text) => Matcher.Match(text).Select(m => m.Term.Name).ToList();

    [Theory]
    [InlineData("calibration", "Derived", "calibrate")]
    [InlineData("deployment", "Derived", "deploy")]
    [InlineData("analysis", "Derived", "analyze")]
    [InlineData("classification", "Derived", "classify")]
    [InlineData("optimization", "Derived", "optimize")]
    [InlineData("detection", "Derived", "detect")]
    [InlineData("reduction", "Derived", "reduce")]
    [InlineData("compression", "Derived", "compress")]
    [InlineData("closure", "Derived", "close")]
    [InlineData("retrieval", "Derived", "retrieve")]
    [InlineData("tracking", "Gerund", "track")]
    [InlineData("profiling", "Gerund", "profile")]
    [InlineData("design", "Same", "design")]
    public void VerbsOf_NamesTheVerbOfAHeadNoun(string noun, string kind, string verb)
    {
        var (actual, verbs) = WordForms.VerbsOf(noun);
        Assert.Equal(kind, actual.ToString());
        Assert.Contains(verb, verbs);
    }

    [Theory]
    [InlineData("learning")]
    [InlineData("building")]
    [InlineData("making")]
    [InlineData("vision")]
    [InlineData("science")]
    public void VerbsOf_NoVerbForLightVerbsAndPlainNouns(string noun) => Assert.Equal(HeadKind.None, WordForms.VerbsOf(noun).Kind);

    [Theory]
    [InlineData("optimization", "optimisation")]
    [InlineData("normalise", "normalize")]
    [InlineData("analyze", "analyse")]
    [InlineData("modeling", "modelling")]
    [InlineData("labelled", "labeled")]
    [InlineData("behavioral", "behavioural")]
    [InlineData("analog", "analogue")]
    [InlineData("centre", "center")]
    public void OtherSpelling_BritishAndAmerican(string word, string other) => Assert.Equal(other, WordForms.OtherSpelling(word));

    [Theory]
    [InlineData("expertise")]
    [InlineData("exercise")]
    [InlineData("enterprise")]
    [InlineData("size")]
    [InlineData("analysis")]
    public void OtherSpelling_NotForWordsThatOnlyLookLikeIt(string word) => Assert.Null(WordForms.OtherSpelling(word));

    [Theory]
    [InlineData("Calibrate cameras in the field.", "camera calibration")]
    [InlineData("you will calibrate the cameras", "camera calibration")]
    [InlineData("calibrating multi-camera rigs", null)]
    [InlineData("deploy our ML models to the edge", "model deployment")]
    [InlineData("experience deploying models", "model deployment")]
    [InlineData("analyse the data", "data analysis")]
    [InlineData("we analyze data daily", "data analysis")]
    [InlineData("review your colleagues' code", "code review")]
    [InlineData("designing systems that scale", "system design")]
    [InlineData("Optimise models for the edge", "model optimization")]
    [InlineData("optimize models and profile them end to end", "profiling")]
    [InlineData("a profile of the candidate", null)]
    [InlineData("Design low-power analog blocks", "low-power design")]
    [InlineData("developing full-stack web apps", "full-stack development")]
    public void Match_ActionsNameTheirTerm(string text, string? expected)
    {
        var found = Found(text);
        if (expected is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Assert.Contains(expected, found);
        }
    }

    [Theory]
    [InlineData("clean data is what we want")]
    [InlineData("our model data is stored in S3")]
    [InlineData("with trained models")]
    [InlineData("learn our metrics")]
    [InlineData("answer questions from customers")]
    [InlineData("the platform team builds pipelines")]
    [InlineData("Join the Design Systems team")]
    public void Match_NotWhereTheVerbReadsAsANounOrIsALightVerb(string text) =>
        Assert.DoesNotContain(Found(text), name => name is "data cleaning" or "model training" or "metric learning" or "question answering" or "team building" or "system design");

    [Fact]
    public void Match_TheDeterminerMakesTheVerb() => Assert.Equal(["data cleaning"], Found("clean the data"));

    [Theory]
    [InlineData("Clean data before each release.")]
    [InlineData("Ship fast. Clean data weekly.")]
    [InlineData("- Clean data from the sensors")]
    public void Match_AnInstructionMakesTheVerb(string text) => Assert.Equal(["data cleaning"], Found(text));

    [Fact]
    public void Match_AnActionDoesNotCutALongerTerm() => Assert.Equal(["model predictive control"], Found("tune our model predictive control loops"));

    [Fact]
    public void Match_ASpellingWinsOverAnotherTermsForm() => Assert.Equal(["design systems"], Found("we design systems for web apps"));

    [Theory]
    [InlineData("data visualisation", "data visualization")]
    [InlineData("behavioural modelling", "behavioral modeling")]
    [InlineData("write unit tests", "unit testing")]
    [InlineData("threat model new features", "threat modeling")]
    [InlineData("messy financial datasets", "financial data")]
    [InlineData("dataset versioning", "data versioning")]
    [InlineData("YOLO-family detectors", "YOLO")]
    [InlineData("GDPR-compliant storage", "GDPR")]
    [InlineData("multi-object tracking", "object tracking")]
    public void Match_OtherForms(string text, string expected) => Assert.Equal([expected], Found(text));

    [Fact]
    public void Match_NotAfterOtherPrefixes() => Assert.Empty(Found("non-object tracking"));

    [Theory]
    [InlineData("writing unit, integration and end-to-end tests", new[] { "unit testing", "integration testing", "end-to-end testing" })]
    [InlineData("model training and evaluation", new[] { "model training", "model evaluation" })]
    [InlineData("object detection, tracking and segmentation", new[] { "object detection", "object tracking" })]
    [InlineData("train and deploy models", new[] { "model training", "model deployment" })]
    [InlineData("batch and stream processing", new[] { "batch processing", "stream processing" })]
    [InlineData("statistical and machine learning", new[] { "statistical learning", "machine learning" })]
    [InlineData("unit/integration tests", new[] { "unit testing", "integration testing" })]
    [InlineData("run post-layout extraction and simulation", new[] { "post-layout simulation" })]
    [InlineData("analog or mixed-signal IC design", new[] { "analog IC design" })]
    public void Match_Coordinations(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Theory]
    [InlineData("Python and machine learning", new[] { "machine learning" })]
    [InlineData("object detection and Python", new[] { "object detection" })]
    public void Match_CoordinationsOnlyMakeTerms(string text, string[] expected) => Assert.Equal(expected, Found(text));

    [Fact]
    public void Match_CoordinatedMatchesDoNotOverlapAndStayInOrder()
    {
        var matches = Matcher.Match("unit, integration and end-to-end tests; model training and evaluation");
        Assert.Equal(matches.OrderBy(m => m.Start).Select(m => m.Start), matches.Select(m => m.Start));
        for (var i = 1; i < matches.Count; i++)
        {
            Assert.True(matches[i - 1].Start + matches[i - 1].Length <= matches[i].Start);
        }

        Assert.Equal(["unit", "integration", "end-to-end tests", "model training", "evaluation"], matches.Select(m => m.Text));
    }
}
