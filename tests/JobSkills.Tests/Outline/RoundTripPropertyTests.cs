using System.Text;
using JobSkills.Export;
using JobSkills.Import;
using JobSkills.Outline;

namespace JobSkills.Tests.Outline;

public class RoundTripPropertyTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Export_OfAnyGeneratedOutline_IsByteIdentical(int seed)
    {
        // Each theory case checks 25 outlines, so the suite covers 1,000 distinct files.
        for (var i = 0; i < 25; i++)
        {
            var input = new RandomOutline(seed * 1000 + i).Generate();
            var tree = OutlineTree.FromParsed(OutlineParser.Parse(input));
            var output = OutlineExporter.ExportText(tree);
            Assert.True(input == output, $"outline {seed * 1000 + i} differs at char {input.AsSpan().CommonPrefixLength(output)}:\n{input}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Export_OfAnyGeneratedOutlineWithBom_IsByteIdenticalIncludingTheBom(int seed)
    {
        var input = new RandomOutline(seed).Generate();
        if (string.IsNullOrWhiteSpace(input))
        {
            return;
        }

        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(input)];
        var file = SourceFile.FromBytes("bom.md", bytes);
        var document = OutlineParser.Parse(file.Text);
        document.HasBom = file.HasBom;
        Assert.Equal(bytes, OutlineExporter.ExportBytes(OutlineTree.FromParsed(document)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_AnyGeneratedOutline_NodesPartitionTheLines(int seed)
    {
        var input = new RandomOutline(seed).Generate();
        var tree = OutlineTree.FromParsed(OutlineParser.Parse(input));
        foreach (var node in tree.InDocumentOrder())
        {
            // Every node starts at a line start, owns whole lines, and its first line is not blank.
            Assert.False(OutlineSyntax.IsBlank(node.Indent + node.Marker + node.Gap + node.TaskBox + node.Text));
            Assert.True(node.Trailing.Length == 0 || OutlineSyntax.IsBlank(node.Trailing.Replace("\r", "").Replace("\n", "")));
            Assert.True(node.LineEnding is "" or "\n" or "\r\n" or "\r");
            Assert.All(node.Children, child => Assert.Same(node, child.Parent));
            Assert.Equal(Enumerable.Range(0, node.Children.Count), node.Children.Select(c => c.Ordinal));
        }
    }
}

public class RandomOutlineTests
{
    [Fact]
    public void Generate_CoversTheConstructsTheRoundTripMustSurvive()
    {
        var nodes = Enumerable.Range(0, 200)
            .Select(seed => new RandomOutline(seed).Generate())
            .SelectMany(text => OutlineParser.Parse(text).Nodes)
            .ToList();

        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.Heading && n.Marker.Length > 0);
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.Heading && n.Suffix.Length > 0);
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.ListItem && n.Level >= 3);
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.ListItem && char.IsDigit(n.Marker[0]));
        Assert.Contains(nodes, n => n.TaskState == TaskState.Open);
        Assert.Contains(nodes, n => n.TaskState == TaskState.Done);
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.Block && n.Text.StartsWith("```", StringComparison.Ordinal));
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.Paragraph && n.Text.StartsWith('|'));
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.Block && n.Text.StartsWith("<div", StringComparison.Ordinal));
        Assert.Contains(nodes, n => n.Kind == OutlineNodeKind.ListItem && n.Text.Contains('\n'));
        Assert.Contains(nodes, n => n.LineEnding == "\r\n");
        Assert.Contains(nodes, n => n.LineEnding == "\r");
        Assert.Contains(nodes, n => n.LineEnding == "");
        Assert.Contains(nodes, n => n.Trailing.Length > 10);
        Assert.Contains(nodes, n => n.Indent.Contains(' ') && n.Indent.Contains('\t'));
        Assert.Contains(nodes, n => n.IsPlaceholder);
    }
}
