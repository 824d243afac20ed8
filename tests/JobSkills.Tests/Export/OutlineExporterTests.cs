using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Outline;

namespace JobSkills.Tests.Export;

public class OutlineExporterTests
{
    private const string Sample = """
        # AI

        ## Computer Vision
        + skill set:
        	- BLAH.
        + skill set:
        	- PyTorch and OpenCV
        		* segmentation
        	- BLAH
        * mixed marker item
        	+ child of mixed
        1. numbered

        ## NLP
        + skill set:
        	- transformers, PyTorch
        # Labs
        - [NAME](URL)

        """;

    private static OutlineTree Tree(string text = Sample) => OutlineTree.FromParsed(OutlineParser.Parse(text.ReplaceLineEndings("\n")));

    private static string Export(ExportFilter filter, string text = Sample) => OutlineExporter.ExportText(Tree(text), filter);

    [Fact]
    public void Export_ByField_KeepsTheFieldSubtreeAndItsAncestorHeadings()
    {
        var result = Export(new ExportFilter { FieldPaths = ["NLP"] });
        Assert.Equal("# AI\n\n## NLP\n+ skill set:\n\t- transformers, PyTorch\n", result);
    }

    [Fact]
    public void Export_ByFullPathOfTwoFields_KeepsBoth()
    {
        var result = Export(new ExportFilter { FieldPaths = ["AI / NLP", "Labs"] });
        Assert.Equal("# AI\n\n## NLP\n+ skill set:\n\t- transformers, PyTorch\n# Labs\n- [NAME](URL)\n", result);
    }

    [Fact]
    public void Export_UnknownField_SaysSo()
    {
        var error = Assert.Throws<ArgumentException>(() => Export(new ExportFilter { FieldPaths = ["Robotics"] }));
        Assert.Contains("no field matches \"Robotics\"", error.Message);
    }

    [Fact]
    public void Export_ByQuery_KeepsMatchesWithTheirAncestorsAndDescendants()
    {
        var result = Export(new ExportFilter { Query = "pytorch" });
        Assert.Equal(
            "# AI\n\n## Computer Vision\n+ skill set:\n\t- PyTorch and OpenCV\n\t\t* segmentation\n## NLP\n+ skill set:\n\t- transformers, PyTorch\n",
            result);
    }

    [Fact]
    public void Export_ByQueryWithSeveralWords_NeedsAllOfThem()
    {
        var result = Export(new ExportFilter { Query = "PyTorch transformers" });
        Assert.Equal("# AI\n\n## NLP\n+ skill set:\n\t- transformers, PyTorch\n", result);
    }

    [Fact]
    public void Export_PlaceholdersOnly_KeepsPlaceholdersWithTheirContext()
    {
        var result = Export(new ExportFilter { Placeholders = PlaceholderFilter.Only });
        Assert.Equal("# AI\n\n## Computer Vision\n+ skill set:\n\t- BLAH.\n+ skill set:\n\t- BLAH\n# Labs\n- [NAME](URL)\n", result);
    }

    [Fact]
    public void Export_PlaceholdersExcluded_DropsThemAndSkillSetsLeftEmpty()
    {
        var result = Export(new ExportFilter { Placeholders = PlaceholderFilter.Exclude });
        Assert.DoesNotContain("BLAH", result);
        Assert.DoesNotContain("[NAME](URL)", result);
        Assert.StartsWith("# AI\n\n## Computer Vision\n+ skill set:\n\t- PyTorch and OpenCV\n", result);
        Assert.Contains("# Labs\n", result);
    }

    [Fact]
    public void Export_SubtreeWithMixedMarkers_KeepsEachMarkerAndReparsesToTheSameTree()
    {
        var tree = Tree();
        var result = OutlineExporter.ExportText(tree, new ExportFilter { FieldPaths = ["Computer Vision"], Query = "mixed" });
        Assert.Equal("# AI\n\n## Computer Vision\n* mixed marker item\n\t+ child of mixed\n", result);
        var reparsed = OutlineParser.Parse(result).Nodes;
        Assert.Equal(["AI", "Computer Vision", "mixed marker item", "child of mixed"], reparsed.Select(n => n.Text));
        Assert.Equal([1, 2, 1, 2], reparsed.Select(n => n.Level));
    }

    [Fact]
    public void Export_FilteredSeedByField_ReparsesToTheSameNodesInTheSameNesting()
    {
        var seed = SourceFile.Read(SeedData.OutlinePath);
        var tree = OutlineTree.FromParsed(OutlineParser.Parse(seed.Text));
        var filter = new ExportFilter { FieldPaths = ["Applied Machine Learning, Applied ML / Computer Vision"] };
        var kept = OutlineExporter.SelectNodes(tree, filter);
        var exported = OutlineExporter.ExportText(tree, filter);

        var reparsed = OutlineTree.FromParsed(OutlineParser.Parse(exported));
        var expected = tree.InDocumentOrder().Where(kept.Contains).Select(n => (n.Kind, n.Level, n.Text, Depth(n))).ToList();
        Assert.Equal(expected, reparsed.InDocumentOrder().Select(n => (n.Kind, n.Level, n.Text, Depth(n))).ToList());
        Assert.Contains("Skill Sets about Computer Vision", exported);
        Assert.DoesNotContain("## NLP", exported);
    }

    [Fact]
    public void Export_PlaceholdersOnlyOnSeed_HasEveryPlaceholderLine()
    {
        var seed = SourceFile.Read(SeedData.OutlinePath);
        var tree = OutlineTree.FromParsed(OutlineParser.Parse(seed.Text));
        var exported = OutlineExporter.ExportText(tree, new ExportFilter { Placeholders = PlaceholderFilter.Only });
        var placeholderLines = seed.Text.Split('\n').Where(OutlineSyntax.IsPlaceholder).ToList();
        Assert.Equal(placeholderLines, exported.Split('\n').Where(OutlineSyntax.IsPlaceholder).ToList());
    }

    private static int Depth(OutlineNode node)
    {
        var depth = 0;
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            depth++;
        }

        return depth;
    }
}
