using JobSkills.Export;
using JobSkills.Outline;

namespace JobSkills.Tests.Outline;

public class OutlineParserTests
{
    private static OutlineTree Parse(string text)
    {
        var tree = OutlineTree.FromParsed(OutlineParser.Parse(text));
        Assert.Equal(text, OutlineExporter.ExportText(tree));
        return tree;
    }

    private static List<OutlineNode> Nodes(string text) => Parse(text).InDocumentOrder().ToList();

    [Fact]
    public void Parse_HeadingsAndTabIndentedBullets_NestsItemsUnderHeadingAndParent()
    {
        var tree = Parse("#\tTop\n\n##\tField\n+ skill set:\n\t- BLAH.\n\t- Python\n\t\t* PyTorch\n## Other\n");
        var top = Assert.Single(tree.Roots);
        Assert.Equal(OutlineNodeKind.Heading, top.Kind);
        var field = top.Children[0];
        Assert.Equal("Top / Field", tree.FieldPathOf(field));
        var skillSet = Assert.Single(field.Children);
        Assert.True(skillSet.IsSkillSet);
        Assert.Equal(["BLAH.", "Python"], skillSet.Children.Select(c => c.Text));
        Assert.True(skillSet.Children[0].IsPlaceholder);
        Assert.Equal("PyTorch", Assert.Single(skillSet.Children[1].Children).Text);
        Assert.Equal(3, skillSet.Children[1].Children[0].Level);
        Assert.Equal("Other", top.Children[1].Text);
        Assert.Equal("\t", field.Gap);
        Assert.Equal("\n\n", top.LineEnding + top.Trailing);
    }

    [Fact]
    public void Parse_ChildIndentedTwoLevelsDeeper_IsContinuationTextOfTheParent()
    {
        // CommonMark: "\t\t\t- x" under "- a" is not a nested item but lazy paragraph text.
        var nodes = Nodes("- a\n\t\t\t- x\n- b\n");
        Assert.Equal(2, nodes.Count);
        Assert.Equal("a\n\t\t\t- x", nodes[0].Text);
        Assert.Equal("a - x", nodes[0].PlainText);
    }

    [Fact]
    public void Parse_TabAfterMarker_IsTheGap()
    {
        var node = Assert.Single(Nodes("-\tparent\n"));
        Assert.Equal(("-", "\t", "parent"), (node.Marker, node.Gap, node.Text));
    }

    [Theory]
    [InlineData("- 1984. x\n", "1984. x")]
    [InlineData("- # x\n", "# x")]
    [InlineData("- *** x\n", "*** x")]
    [InlineData("- ***\n", "***")]
    [InlineData("- > x\n", "> x")]
    [InlineData("- - x\n", "- x")]
    [InlineData("* 1) first\n", "1) first")]
    public void Parse_BulletTextThatLooksLikeABlock_StaysTheBulletsText(string line, string text)
    {
        var node = Assert.Single(Nodes(line));
        Assert.Equal(OutlineNodeKind.ListItem, node.Kind);
        Assert.Equal(text, node.Text);
    }

    [Fact]
    public void Parse_SpaceTabPrefixes_AreKeptAsTheIndent()
    {
        var nodes = Nodes("- a\n \t- b\n\t - c\n");
        Assert.Equal(" \t", nodes[1].Indent);
        Assert.Equal("\t ", nodes[2].Indent);
    }

    [Fact]
    public void Parse_WhitespaceOnlyLines_AreTrailingBlankLinesOfTheNodeAbove()
    {
        var nodes = Nodes("- a\n \n\t\n   \n- b");
        Assert.Equal(" \n\t\n   \n", nodes[0].Trailing);
        Assert.Equal("", nodes[1].LineEnding);
    }

    [Fact]
    public void Parse_FencedCodeWithBulletLines_IsOneOpaqueBlock()
    {
        var nodes = Nodes("# H\n```\n- x\n# y\n\n+ z\n```\n- real\n");
        Assert.Equal([OutlineNodeKind.Heading, OutlineNodeKind.Block, OutlineNodeKind.ListItem], nodes.Select(n => n.Kind));
        Assert.Equal("```\n- x\n# y\n\n+ z\n```", nodes[1].Text);
        Assert.Same(nodes[0], nodes[1].Parent);
    }

    [Fact]
    public void Parse_HtmlBlockAndTableAndQuote_AreSingleNodes()
    {
        var nodes = Nodes("<div>\n- in html\n</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> - quoted\n> more\n");
        Assert.Equal([OutlineNodeKind.Block, OutlineNodeKind.Paragraph, OutlineNodeKind.Block], nodes.Select(n => n.Kind));
    }

    [Fact]
    public void Parse_ParagraphsBetweenLists_AreParagraphNodesOfTheField()
    {
        var tree = Parse("## F\nIntro text:\n+ a\n\nMore text\nsecond line\n+ b\n");
        var field = Assert.Single(tree.Roots);
        Assert.Equal([OutlineNodeKind.Paragraph, OutlineNodeKind.ListItem, OutlineNodeKind.Paragraph, OutlineNodeKind.ListItem], field.Children.Select(c => c.Kind));
        Assert.Equal("More text\nsecond line", field.Children[2].Text);
    }

    [Fact]
    public void Parse_MultiParagraphItem_LaterParagraphIsAChild()
    {
        var nodes = Nodes("- first\n\n  second para\n  - child\n");
        Assert.Equal([OutlineNodeKind.ListItem, OutlineNodeKind.Paragraph, OutlineNodeKind.ListItem], nodes.Select(n => n.Kind));
        Assert.Same(nodes[0], nodes[1].Parent);
        Assert.Same(nodes[0], nodes[2].Parent);
    }

    [Fact]
    public void Parse_TaskItems_KeepTheBoxAsWritten()
    {
        var nodes = Nodes("- [ ] open\n- [x] done\n- [X]\tdone too\n- [ ]\n");
        Assert.Equal([TaskState.Open, TaskState.Done, TaskState.Done, TaskState.None], nodes.Select(n => n.TaskState));
        Assert.Equal("[X]\t", nodes[2].TaskBox);
        Assert.Equal("[ ]", nodes[3].Text);
    }

    [Fact]
    public void Parse_SetextHeadings_KeepTheUnderlineAsSuffix()
    {
        var tree = Parse("Title\n=====\n- a\n\nSub\n---\n- b\n");
        var title = Assert.Single(tree.Roots);
        Assert.Equal((1, "Title", "\n====="), (title.Level, title.Text, title.Suffix));
        var sub = title.Children[1];
        Assert.Equal((2, "Sub", "\n---"), (sub.Level, sub.Text, sub.Suffix));
    }

    [Fact]
    public void Parse_TabDashUnderItem_MakesTheItemASetextHeadingButKeepsItAnItem()
    {
        var nodes = Nodes("- item\n\t---\n- next\n");
        Assert.Equal(2, nodes.Count);
        Assert.Equal("item\n\t---", nodes[0].Text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Parse_AnyLineEnding_IsKeptPerNode(string ending)
    {
        var text = string.Join(ending, "# H", "- a", "", "\t- b", "- c") + ending;
        var nodes = Nodes(text);
        Assert.Equal(4, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(ending, n.LineEnding));
        Assert.Equal(ending, nodes[1].Trailing);
        Assert.Same(nodes[1], nodes[2].Parent);
    }

    [Fact]
    public void Parse_NoFinalNewlineAndLeadingBlankLines_GoToLastNodeAndPreamble()
    {
        var tree = Parse("\n\n# H\n- last  ");
        Assert.Equal("\n\n", tree.Document.Preamble);
        Assert.False(tree.Document.HasFinalNewline);
        var last = tree.InDocumentOrder().Last();
        Assert.Equal(("last  ", ""), (last.Text, last.LineEnding));
    }

    [Fact]
    public void Parse_DominantLineEnding_IsRecordedForNewLines()
    {
        Assert.Equal("\r\n", OutlineParser.Parse("- a\r\n- b\r\n- c\n").LineEnding);
        Assert.Equal("\n", OutlineParser.Parse("- a\n- b\r\n- c\n").LineEnding);
    }

    [Theory]
    [InlineData("BLAH", true)]
    [InlineData("BLAH.", true)]
    [InlineData("[NAME](URL)", true)]
    [InlineData("Company: [NAME](URL), location", true)]
    [InlineData("BLAHBLAH", false)]
    [InlineData("blah", false)]
    [InlineData("[NAME](https://x.org)", false)]
    public void IsPlaceholder_RecognisesWholeTokens(string text, bool expected) =>
        Assert.Equal(expected, OutlineSyntax.IsPlaceholder(text));

    [Theory]
    [InlineData("skill set:", true)]
    [InlineData("Skill set for STCO:", true)]
    [InlineData("skill sets:", true)]
    [InlineData("skill set", false)]
    [InlineData("skill set: Python", false)]
    public void IsSkillSetItem_MatchesOnlyTheIntroducingBullet(string text, bool expected) =>
        Assert.Equal(expected, OutlineSyntax.IsSkillSetItem(text));

    [Fact]
    public void PlainText_DropsMarkdownButKeepsWords()
    {
        var node = Assert.Single(Nodes("- ***Bazel***, see [docs](https://bazel.build) and `bazel build`\n"));
        Assert.Equal("Bazel, see docs and bazel build", node.PlainText);
    }

    [Fact]
    public void Parse_NonAsciiText_IsKeptExactly()
    {
        var node = Assert.Single(Nodes("- Ünïcødé 日本語 🙂\n"));
        Assert.Equal("Ünïcødé 日本語 🙂", node.Text);
    }
}
