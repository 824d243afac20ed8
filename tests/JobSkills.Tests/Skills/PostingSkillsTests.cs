using System.Diagnostics;
using JobSkills.Postings;
using JobSkills.Skills;
using Xunit.Abstractions;

namespace JobSkills.Tests.Skills;

public class PostingSkillsTests(ITestOutputHelper output)
{
    private static readonly SkillMatcher Matcher = new(SkillVocabulary.FromCurated(CuratedList.Parse("""
        Python
        =Go | Golang
        C++
        OpenCV
        Docker
        Kubernetes | K8s
        static analysis
        survival analysis
        quality control
        variant calling
        schematics
        SPI
        I2C
        Apache Spark | =Spark
        computer vision
        causal inference
        """, "experience\nmethods\nPhD\nCalifornia\nChile\nSpain\nEnglish\nSpanish\nSales\nMarketing")));

    private static PostingSkills Find(SectionKind kind, params string[] lines) =>
        PostingSkills.Find(lines.Select(l => new PostingText(kind, l)).ToList(), Matcher);

    private static List<string> NewTerms(SectionKind kind, params string[] lines) => Find(kind, lines).NewTerms.Select(t => t.Name).ToList();

    [Theory]
    [InlineData("Experience with Eigen, OpenCV, PCL or GTSAM.", new[] { "Eigen", "PCL", "GTSAM" })]
    [InlineData("Tech stack: Python, Go, Kubeflow Pipelines, Feast, Terraform.", new[] { "Kubeflow Pipelines", "Feast", "Terraform" })]
    [InlineData("Keep static analysis clean (MISRA C, Coverity).", new[] { "MISRA C", "Coverity" })]
    [InlineData("Experience with survival analysis (Cox proportional hazards, Kaplan-Meier) is a plus.", new[] { "Cox proportional hazards", "Kaplan-Meier" })]
    [InlineData("Perform quality control, alignment, quantification and variant calling on data from sequencers.", new[] { "alignment", "quantification" })]
    [InlineData("Ability to read schematics and datasheets.", new[] { "datasheets" })]
    [InlineData("A state management library such as Redux, Zustand or MobX.", new[] { "Redux", "Zustand", "MobX" })]
    [InlineData("Load testing (k6, Locust) and C++17 services.", new[] { "k6", "Locust" })]
    [InlineData("Experience with Zephyr RTOS.", new[] { "Zephyr RTOS" })]
    [InlineData("Simulation in Isaac Sim 4.0 and Gazebo, with Python tooling.", new[] { "Isaac Sim", "Gazebo" })]
    [InlineData("A good grasp of classical computer vision: camera models, epipolar geometry, feature matching.", new[] { "camera models", "epipolar geometry", "feature matching" })]
    [InlineData("Causal inference methods: propensity scores, interrupted time series.", new[] { "propensity scores", "interrupted time series" })]
    [InlineData("Docker experience (image scanning, rootless containers) is a plus.", new[] { "image scanning", "rootless containers" })]
    [InlineData("Detection models (Mask R-CNN, RetinaNet-style detectors) in Python.", new[] { "Mask R-CNN", "RetinaNet" })]
    [InlineData("Own app architecture (the MVVM to MVI migration) and safety work to ASIL C.", new[] { "MVVM", "MVI", "ASIL" })]
    [InlineData("Run on NXP S32K parts; 1.2M MAU; PhD or MSEE; Level III support; write a TL;DR.", new[] { "NXP", "S32K" })]
    public void Extract_EnumeratedNamesInRequirements_AreTerms(string line, string[] expected) =>
        Assert.Equal(expected.Order(), NewTerms(SectionKind.Required, line).Order());

    [Theory]
    [InlineData("Build pipelines that fuse camera and lidar data to detect people, forklifts and pallets.")]
    [InlineData("Experience in a regulated industry (medical, automotive or aerospace).")]
    [InlineData("4+ years of experience on advanced nodes (7nm or below).")]
    [InlineData("Currently enrolled in a PhD program with a graduation date in Fall 2025 or Spring 2026.")]
    [InlineData("Fluency in English and Spanish; you will work with Sales, Marketing and Finance.")]
    [InlineData("Design, build and operate services, and keep the lights on.")]
    [InlineData("Outputs that are accurate, maintainable, secure, and aligned with team standards.")]
    [InlineData("Experience with Python: you will own reliability, cost and speed.")]
    public void Extract_ProseListsPlacesAndWords_AreNotTerms(string line) => Assert.Empty(NewTerms(SectionKind.Required, line));

    [Fact]
    public void Extract_PairsAndStandards_AreTermsWithTheirShortForms()
    {
        var found = Find(SectionKind.Required, "Work with protected health information (PHI) under HIPAA and ISO 27001; safety to ISO 3691-4 and DO-178C.");
        Assert.Equal(["ISO 27001", "ISO 3691-4", "DO-178C", "protected health information", "HIPAA"], found.NewTerms.Select(t => t.Name));
        Assert.Equal(["PHI"], found.NewTerms[3].Aliases.Select(a => a.Text));
        Assert.All(found.NewTerms, t => Assert.Equal(TermSource.Posting, t.Source));
    }

    [Fact]
    public void Find_ThePostingsOwnShortFormsOfKnownTermsHoldInThePosting()
    {
        var found = Find(SectionKind.Required, "Run survival analysis (SA) on claims.", "Keep SA code tested; OPA (open policy agent) rules.", "Write OPA policies.");
        Assert.Equal(["survival analysis", "SA"], found.Lines[0].Where(m => m.Term.Name == "survival analysis").Select(m => m.Text));
        Assert.Equal(["SA"], found.Lines[1].Where(m => m.Term.Name == "survival analysis").Select(m => m.Text));
        Assert.Equal(["open policy agent"], found.NewTerms.Select(t => t.Name));
        Assert.Equal(["OPA"], found.Lines[2].Select(m => m.Text));
        Assert.DoesNotContain(found.NewTerms, t => t.Name == "SA");
    }

    [Fact]
    public void Find_AnEnumeratedNameThatRefinesAKnownTermWinsOverIt()
    {
        var found = Find(SectionKind.Required, "Container tooling such as Docker Compose, Podman or Buildah.", "Grasp of computer vision: epipolar quality control, optical flow and OpenCV.");
        Assert.Contains("Docker Compose", found.NewTerms.Select(t => t.Name));
        Assert.Equal(["Docker Compose", "Podman", "Buildah"], found.Lines[0].Select(m => m.Text));
        Assert.Contains(found.Lines[1], m => m.Text == "epipolar quality control" && m.Term.Source == TermSource.Posting);
    }

    [Fact]
    public void Extract_AboutAndBenefits_NeedAKnownNeighbourOrGiveNothing()
    {
        // About: names alone are not enough, a known neighbour is.
        Assert.Empty(NewTerms(SectionKind.About, "Our orchards in California, Chile and Spain grow Fuji, Gala and Honeycrisp."));
        Assert.Equal(["Feast"], NewTerms(SectionKind.About, "We run Python, Feast and Docker."));

        // Benefits, pay and legal text are never read.
        Assert.Empty(NewTerms(SectionKind.Benefits, "Perks: ClassPass, Headspace, Lyft Pink and OneMedical."));
        Assert.Empty(NewTerms(SectionKind.Required, "Must have a PhD, an iPhone and a LinkedIn profile."));
    }

    [Fact]
    public void Find_MatchesPostingTermsWhereverThePostingWritesThem()
    {
        var found = Find(SectionKind.Required, "Experience with Python and Gazebo.", "You will extend our Gazebo worlds and our C++17 code.");
        Assert.Equal(["Python", "Gazebo"], found.Lines[0].Select(m => m.Term.Name));
        Assert.Equal(["Gazebo", "C++"], found.Lines[1].Select(m => m.Term.Name));
        Assert.Equal("C++", found.Lines[1][1].Text);
    }

    [Theory]
    [InlineData("Experience with synthetic data generation.", new[] { "synthetic data generation" })]
    [InlineData("Knowledge of preference tuning is a plus.", new[] { "preference tuning" })]
    [InlineData("Strong skills in a cross-functional setting.", new string[0])]
    [InlineData("Experience in regulated industries.", new string[0])]
    public void Extract_WhatTheRequirementsAskExperienceWith_IsATerm(string line, string[] expected) =>
        Assert.Equal(expected, NewTerms(SectionKind.Required, line));

    [Fact]
    public void Extract_PracticeNamedByAKnownHead_IsATerm()
    {
        // "analysis" heads "static analysis" and "survival analysis"; "calling" heads "variant calling".
        Assert.Equal(["root cause analysis", "peak calling"], NewTerms(SectionKind.Responsibilities, "Lead root cause analysis and peak calling for the team."));
        Assert.Empty(NewTerms(SectionKind.Responsibilities, "Explain a result without a single analysis."));
        Assert.Empty(NewTerms(SectionKind.About, "Our root cause analysis culture."));
    }

    [Theory]
    [InlineData("BS/MS in Computer Vision or Python, and 3+ years of Docker.", new[] { "Docker" })]
    [InlineData("A degree in computer vision, causal inference or a related field; Python daily.", new[] { "Python" })]
    [InlineData("Master's degree in Computer Vision with Kubernetes experience.", new[] { "Kubernetes" })]
    [InlineData("Computer vision research in Python (a PhD in causal inference is a plus).", new[] { "computer vision", "Python" })]
    public void Find_DegreeSubjects_AreNotSkillsTheWorkAsksFor(string line, string[] expected) =>
        Assert.Equal(expected, Find(SectionKind.Required, line).Matches.Select(m => m.Term.Name));

    [Theory]
    [InlineData("Kernels for FFT/IFFT, TCP/IP and Docker.", new[] { "FFT", "IFFT", "TCP/IP" })]
    [InlineData("Conformance to 3GPP TS 38.211 with Python.", new[] { "3GPP TS 38.211" })]
    public void Extract_AcronymPairsAndStandards_AreTermsOneByOne(string line, string[] expected) =>
        Assert.Equal(expected, NewTerms(SectionKind.Required, line));

    [Theory]
    [InlineData(SectionKind.Benefits)]
    [InlineData(SectionKind.Pay)]
    [InlineData(SectionKind.Legal)]
    public void Find_BenefitsPayAndLegalText_CarryNoSkills(SectionKind kind) =>
        Assert.Empty(Find(kind, "A learning budget for Python and Docker courses, paid in CAD.").Matches);

    [Theory]
    [InlineData("Job Title: Computer Vision Engineer (Python)", new string[0])]
    [InlineData("Location: Remote; Department: Docker Platform", new string[0])]
    [InlineData("Python and Docker; location: Berlin", new[] { "Python", "Docker" })]
    public void Find_FactLines_CarryNoSkills(string line, string[] expected) =>
        Assert.Equal(expected, Find(SectionKind.About, line).Matches.Select(m => m.Term.Name));

    [Theory]
    [InlineData("We pay CAD 120,000 to 140,000 for CAD work", new[] { "computer-aided design" })]
    [InlineData("95k CAD plus CAD tools", new[] { "computer-aided design" })]
    public void Find_ACurrencyNextToAnAmount_IsNotASkill(string line, string[] expected) =>
        Assert.Equal(expected, PostingSkills.Find([new PostingText(SectionKind.Required, line)], CadMatcher).Matches.Select(m => m.Term.Name));

    private static readonly SkillMatcher CadMatcher = new(SkillVocabulary.FromCurated(CuratedList.Parse("computer-aided design | CAD")));

    [Fact]
    public void Find_LaterMatchersOnlyFillGaps()
    {
        var learned = new SkillMatcher(SkillVocabulary.FromTerms(PostingSkills.Find([new PostingText(SectionKind.Required, "Experience with Python and Gazebo.")], Matcher).NewTerms));
        var found = PostingSkills.Find([new PostingText(SectionKind.About, "Our Gazebo worlds, built with Python.")], [Matcher, learned]);
        Assert.Equal(["Gazebo", "Python"], found.Matches.Select(m => m.Term.Name));
        Assert.Empty(found.NewTerms);
    }

    /// <summary>The matcher alone and the whole posting pass (matching, extraction and matching the posting's terms), per word of posting text.</summary>
    [Fact]
    public void Find_SeedVocabulary_TakesMicrosecondsPerWord()
    {
        var postings = Directory.GetFiles(SeedData.TestFolder("Skills/Postings")).Concat(Directory.GetFiles(SeedData.PostingsFolder))
            .Select(path => JobSkills.Postings.PostingParser.Parse(JobSkills.Import.SourceFile.Read(path)))
            .Select(PostingSkills.LinesOf)
            .ToList();
        var words = postings.Sum(lines => lines.Sum(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));
        var matcher = SkillsSeed.Matcher;
        PostingSkills.Find(postings[0], matcher);

        const int rounds = 20;
        var stopwatch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var lines in postings)
            {
                foreach (var line in lines)
                {
                    matcher.Match(line.Text);
                }
            }
        }

        var matcherOnly = stopwatch.Elapsed.TotalMicroseconds / (rounds * words);
        stopwatch.Restart();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var lines in postings)
            {
                PostingSkills.Find(lines, matcher);
            }
        }

        var whole = stopwatch.Elapsed.TotalMicroseconds / (rounds * words);
        output.WriteLine($"{postings.Count} postings, {words} words, {SkillsSeed.Vocabulary.Terms.Count} terms: matcher {matcherOnly:F2} µs/word, whole posting pass {whole:F2} µs/word");
        Assert.True(matcherOnly < 5, $"matcher {matcherOnly:F2} µs/word");
        Assert.True(whole < 40, $"posting pass {whole:F2} µs/word");
    }
}
