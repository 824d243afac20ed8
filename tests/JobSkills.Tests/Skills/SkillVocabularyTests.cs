using System.Diagnostics;
using JobSkills.Outline;
using JobSkills.Skills;
using Xunit.Abstractions;

namespace JobSkills.Tests.Skills;

public class SkillVocabularyTests(ITestOutputHelper output)
{
    private static SkillVocabulary Vocabulary => SkillsSeed.Vocabulary;

    [Theory]
    // From the outline: emphasis, link texts, short bullets, headings.
    [InlineData("Bazel")]
    [InlineData("CMake")]
    [InlineData("Horovod")]
    [InlineData("structure from motion")]
    [InlineData("optical flow")]
    [InlineData("buffer insertion")]
    [InlineData("gate sizing")]
    [InlineData("DataOps")]
    [InlineData("ModelOps")]
    [InlineData("Hardware Security")]
    [InlineData("VLSI Formal Verification")]
    // From the curated list.
    [InlineData("Python")]
    [InlineData("C++")]
    [InlineData("PyTorch")]
    [InlineData("computer vision")]
    [InlineData("static timing analysis")]
    public void Build_SeedOutline_HasTheTerm(string name) => Assert.NotNull(Vocabulary.Find(name));

    [Theory]
    // Bookkeeping, placeholders and sentences of the outline.
    [InlineData("skill set")]
    [InlineData("skill sets")]
    [InlineData("References")]
    [InlineData("Notes")]
    [InlineData("BLAH")]
    [InlineData("[NAME](URL)")]
    [InlineData("NAME")]
    [InlineData("Production quality coding standards and patterns.")]
    [InlineData("Experience with Scala")]
    [InlineData("DFT knowledge is a plus")]
    [InlineData("Excellent communication with internal team and customers")]
    [InlineData("Senior Physical Design Engineer")]
    [InlineData("Build systems most similar to Bazel are")]
    // Ordinary words, generic heads, places, employers and ambiguous acronyms.
    [InlineData("design")]
    [InlineData("research")]
    [InlineData("deployment")]
    [InlineData("testing")]
    [InlineData("Please")]
    [InlineData("ML systems")]
    [InlineData("San Francisco")]
    [InlineData("Apple")]
    [InlineData("CI")]
    [InlineData("CV")]
    [InlineData("NeurIPS")]
    // Lists of terms written with slashes: the matcher finds each part.
    [InlineData("DRC/LVS")]
    [InlineData("Tcl/Python/Bash")]
    [InlineData("AI/ML")]
    public void Build_SeedOutline_LeavesOutNoise(string text) => Assert.Null(Vocabulary.Find(text));

    [Theory]
    [InlineData("STA", "static timing analysis")]
    [InlineData("ML", "machine learning")]
    [InlineData("PCL", "Point Cloud Library")]
    [InlineData("TSV", "through silicon vias")]
    [InlineData("ML Ops", "MLOps")]
    [InlineData("MOA", "Massive Online Analysis")]
    public void Build_SeedOutline_PairsLongNamesWithTheirAcronyms(string alias, string name)
    {
        Assert.Equal(name, Vocabulary.Find(alias)?.Name);
        Assert.Same(Vocabulary.Find(alias), Vocabulary.Find(name));
    }

    [Fact]
    public void Build_SeedOutline_KeepsTheCaseOfShortNamesAcronymsAndWordLikeNames()
    {
        Assert.True(Vocabulary.Find("C")!.CaseSensitive);
        Assert.True(Vocabulary.Find("R")!.CaseSensitive);
        Assert.True(Vocabulary.Find("Go")!.CaseSensitive);
        Assert.True(Vocabulary.Find("GPU")!.CaseSensitive);
        Assert.True(Vocabulary.Find("Pants")!.CaseSensitive);
        Assert.False(Vocabulary.Find("PyTorch")!.CaseSensitive);
        Assert.Equal("pytorch", Vocabulary.Find("PyTorch")!.Key);
        Assert.Equal("Go", Vocabulary.Find("Go")!.Key);
        Assert.Null(Vocabulary.Find("go"));
    }

    [Fact]
    public void Build_SeedOutline_EveryTermReadsAsATerm()
    {
        Assert.InRange(Vocabulary.Terms.Count, 1500, 40000);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in Vocabulary.Terms)
        {
            foreach (var spelling in term.Spellings)
            {
                Assert.True(keys.Add(spelling.Key), $"key {spelling.Key} is used twice");
                Assert.DoesNotMatch(@"[.:;!?,""]$|^\s|\s$|\bBLAH\b|\[|\]|https?:", spelling.Text);
                Assert.InRange(spelling.Text.Split(' ').Length, 1, TermFilter.MaxLongFormWords);
            }
        }
    }

    [Fact]
    public void Build_SeedOutline_IsDeterministic()
    {
        var stopwatch = Stopwatch.StartNew();
        var again = SkillVocabulary.Build(SkillsSeed.Tree);
        output.WriteLine($"vocabulary: {again.Terms.Count} terms, {again.Terms.Sum(t => t.Aliases.Count)} aliases, built in {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(Vocabulary.Terms.Select(t => (t.Name, t.Key)), again.Terms.Select(t => (t.Name, t.Key)));
    }

    [Fact]
    public void Build_SmallOutline_TakesTermsFromEmphasisLinksBulletsAndPairs()
    {
        var outline = OutlineTree.FromParsed(OutlineParser.Parse("""
            # Notes about Widget Science
            - skill set:
              - ***Frobnicator*** and [Quux Toolkit](https://example.org/quux)
            - Static Widget Analysis (SWA)
            - Hyper Flux Modeling, HFM
            - tools such as Zorblax, Wimbleware, or Gronk
            - BLAH
            - [NAME](URL)
            - we use it daily.
            """));
        var vocabulary = SkillVocabulary.Build(outline, CuratedList.Empty);
        var names = vocabulary.Terms.Select(t => t.Name).ToList();

        Assert.Contains("Widget Science", names);
        Assert.Contains("Frobnicator", names);
        Assert.Contains("Quux Toolkit", names);
        Assert.Equal("Static Widget Analysis", vocabulary.Find("SWA")?.Name);
        Assert.Equal("Hyper Flux Modeling", vocabulary.Find("HFM")?.Name);
        Assert.Contains("Zorblax", names);
        Assert.Contains("Gronk", names);
        Assert.DoesNotContain(names, n => n.Contains("BLAH") || n.Contains("NAME") || n.Contains("skill set") || n.Contains("daily"));
    }

    [Fact]
    public void Build_AcronymWithTwoMeanings_IsNeitherATermNorAnAlias()
    {
        var outline = OutlineTree.FromParsed(OutlineParser.Parse("""
            - competitive intelligence, CI
            - continuous integration, CI
            """));
        var vocabulary = SkillVocabulary.Build(outline, CuratedList.Empty);

        Assert.NotNull(vocabulary.Find("competitive intelligence"));
        Assert.NotNull(vocabulary.Find("continuous integration"));
        Assert.Null(vocabulary.Find("CI"));
    }

    [Fact]
    public void Parse_CuratedList_ReadsNamesAliasesAndExactCaseMarkers()
    {
        var list = CuratedList.Parse("""
            # comment
            =Go | Golang

            scikit-learn | sklearn
            C
            """, "references\nNeurIPS\n");

        Assert.Equal(3, list.Entries.Count);
        Assert.Equal(new CuratedSpelling("Go", true), list.Entries[0].Name);
        Assert.Equal(new CuratedSpelling("Golang", false), list.Entries[0].Aliases[0]);
        Assert.True(list.Entries[2].Name.ExactCase);
        Assert.True(list.IsNotSkill("References"));
        Assert.True(list.IsNotSkill("neurips"));

        var vocabulary = SkillVocabulary.FromCurated(list);
        Assert.Equal("scikit-learn", vocabulary.Find("Scikit Learn")?.Name);
        Assert.Equal(TermSource.Curated, vocabulary.Find("sklearn")?.Source);
    }

    [Fact]
    public void Parse_CuratedList_RefusesEmptyNamesAndDuplicates()
    {
        Assert.Throws<FormatException>(() => CuratedList.Parse("Python | "));
        var duplicate = CuratedList.Parse("Python\nSnake language | python\n");
        var error = Assert.Throws<FormatException>(() => SkillVocabulary.FromCurated(duplicate));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Default_CuratedList_IsEmbeddedAndConsistent()
    {
        var vocabulary = SkillVocabulary.FromCurated(CuratedList.Default);
        Assert.InRange(vocabulary.Terms.Count, 1500, 40000);
        Assert.All(vocabulary.Terms, t => Assert.Equal(TermSource.Curated, t.Source));
        Assert.All(vocabulary.Terms, t => Assert.False(CuratedList.Default.IsNotSkill(t.Name), t.Name));
    }

    [Fact]
    public void FromStored_GivesBackTheSameTermsAndCaseRules()
    {
        var stored = Vocabulary.Terms.Select((t, i) => new SkillTerm
        {
            Id = i + 1,
            Name = t.Name,
            Key = t.Key,
            Source = t.Source,
            CaseSensitive = t.CaseSensitive,
            Aliases = t.Aliases.Select((a, j) => new SkillAlias { Id = (i * 100) + j, Alias = a.Text, Key = a.Key }).ToList(),
        });
        var loaded = SkillVocabulary.FromStored(stored);

        Assert.Equal(
            Vocabulary.Terms.SelectMany(t => t.Spellings),
            loaded.Terms.SelectMany(t => t.Spellings));
    }

    /// <summary>
    /// Tool names that are also English words ("CLARITY" tissue clearing, "ComBat" batch correction, "SMILES" strings) are
    /// listed exact-case: the ordinary word in a posting's prose is not the tool.
    /// </summary>
    [Theory]
    [InlineData("Communicate with clarity and envision a uniform approach", "clarity", "envision", "uniform")]
    [InlineData("We combat bias and bring smiles to customers", "combat", "smiles")]
    [InlineData("Add items to the cart and make inroads into new markets", "cart", "inroads")]
    [InlineData("Handle mice in vivo, rotate weekly and never fret", "mice", "rotate", "fret")]
    public void Default_Vocabulary_OrdinaryWordsThatNameToolsAreNotMatchedInProse(string sentence, params string[] words)
    {
        var matched = SkillsSeed.Matcher.Match(sentence).Select(m => m.Text.ToLowerInvariant()).ToList();
        Assert.All(words, word => Assert.DoesNotContain(word, matched));
    }

    [Theory]
    [InlineData("Parse SMILES strings with RDKit", "SMILES")]
    [InlineData("Batch correction with ComBat", "ComBat")]
    [InlineData("Tissue clearing (CLARITY, iDISCO)", "CLARITY")]
    [InlineData("Fit CART and gradient boosting models", "CART")]
    public void Default_Vocabulary_OrdinaryWordsThatNameToolsAreMatchedAsWritten(string sentence, string name) =>
        Assert.Contains(name, SkillsSeed.Matcher.Match(sentence).Select(m => m.Text));
}
