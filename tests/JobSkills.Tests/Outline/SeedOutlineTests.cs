using System.Text.RegularExpressions;
using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Outline;

namespace JobSkills.Tests.Outline;

public class SeedOutlineTests
{
    private static readonly Lazy<(SourceFile File, OutlineTree Tree)> Seed = new(() =>
    {
        var file = SourceFile.Read(SeedData.OutlinePath);
        var document = OutlineParser.Parse(file.Text, file.Name);
        document.HasBom = file.HasBom;
        return (file, OutlineTree.FromParsed(document));
    });

    [Fact]
    public void Export_UneditedSeedOutline_IsByteIdentical()
    {
        var (file, tree) = Seed.Value;
        Assert.Equal(file.Bytes, OutlineExporter.ExportBytes(tree));
    }

    [Fact]
    public void Parse_SeedOutline_FindsEveryHeadingAsAField()
    {
        var (file, tree) = Seed.Value;
        var headingLines = file.Text.Split('\n').Count(line => line.StartsWith('#'));
        Assert.Equal(headingLines, tree.Fields.Count());
        Assert.Equal(124, headingLines);
    }

    [Fact]
    public void Parse_SeedOutline_FlagsEveryPlaceholder()
    {
        var (file, tree) = Seed.Value;
        var placeholderLines = file.Text.Split('\n').Count(OutlineSyntax.IsPlaceholder);
        var placeholders = tree.InDocumentOrder().Where(n => n.IsPlaceholder).ToList();
        Assert.Equal(placeholderLines, placeholders.Count);
        Assert.All(placeholders, n => Assert.Equal(OutlineNodeKind.ListItem, n.Kind));
    }

    [Fact]
    public void Parse_SeedOutline_NestsListItemsUnderHeadingsAndParents()
    {
        var (_, tree) = Seed.Value;
        var cv = Assert.Single(tree.FindFields("Applied Machine Learning, Applied ML / Computer Vision"));
        Assert.Equal(3, cv.Level);
        Assert.Equal(
            "Artificial Intelligence + Machine Learning / Applied Machine Learning, Applied ML / Computer Vision",
            tree.FieldPathOf(cv));
        var skills = Assert.Single(tree.FindFields("Computer Vision / Skill Sets about Computer Vision"));
        Assert.True(skills.IsSkillSet);
        var firstItem = skills.Children.First(c => c.Kind == OutlineNodeKind.ListItem);
        Assert.Equal(1, firstItem.Level);
        Assert.All(firstItem.Children.Where(c => c.Kind == OutlineNodeKind.ListItem), c => Assert.Equal(2, c.Level));
    }

    [Fact]
    public void Parse_SeedOutline_EveryNonBlankLineStartsOneNode_AndEveryMarkerLineIsAListItem()
    {
        var (file, tree) = Seed.Value;
        var lines = file.Text.Split('\n');
        var nodes = tree.InDocumentOrder().ToList();

        // "\t- 1. Transistor-level SPICE..." is one bullet whose text starts "1. ", not two items.
        var markerLines = lines.Count(line => Regex.IsMatch(line, @"^[ \t]*([-+*]|[0-9]{1,9}[.)])([ \t]|$)"));
        // One line of the seed is a continuation of the bullet above it ("...or RDB\n\t\t\t\t\t\tinclude spatial data").
        Assert.Equal(lines.Count(line => !OutlineSyntax.IsBlank(line)) - 1, nodes.Count);
        var multiLine = Assert.Single(nodes, n => n.Text.Contains('\n'));
        Assert.EndsWith("RDB\n\t\t\t\t\t\tinclude spatial data that represent objects", multiLine.Text);
        Assert.EndsWith("or RDB include spatial data that represent objects", multiLine.PlainText);
        Assert.Equal(markerLines, nodes.Count(n => n.Kind == OutlineNodeKind.ListItem));
        Assert.DoesNotContain(nodes, n => n.Kind == OutlineNodeKind.Block);
        Assert.Contains(nodes, n => n.Text == "1. Transistor-level SPICE analysis algorithms" && n.PlainText == n.Text);
    }
}
