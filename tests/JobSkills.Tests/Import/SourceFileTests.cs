using System.Text;
using JobSkills.Import;

namespace JobSkills.Tests.Import;

public sealed class SourceFileTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Write(string name, byte[] bytes) => temp.Write(name, bytes);

    [Fact]
    public void Read_MissingFile_SaysNotFound()
    {
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(Path.Combine(temp.Path, "nope.md")));
        Assert.EndsWith("nope.md: file not found", error.Message);
    }

    [Fact]
    public void Read_Directory_SaysItIsADirectory()
    {
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(temp.Path));
        Assert.Contains("is a directory", error.Message);
    }

    [Fact]
    public void Read_EmptyFile_SaysEmpty()
    {
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(Write("empty.md", [])));
        Assert.Contains("file is empty", error.Message);
    }

    [Fact]
    public void Read_WhitespaceOnlyFile_SaysNoContent()
    {
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(Write("blank.md", "\n \t\r\n"u8.ToArray())));
        Assert.Contains("no content", error.Message);
    }

    [Fact]
    public void Read_NulBytes_SaysBinary()
    {
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(Write("nul.md", new byte[4096])));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void Read_PngHeader_SaysBinary()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        Assert.Contains("binary", Assert.Throws<ImportException>(() => SourceFile.Read(Write("x.png", png))).Message);
    }

    [Fact]
    public void Read_Latin1Text_SaysNotUtf8WithTheOffset()
    {
        var latin1 = Encoding.Latin1.GetBytes("# Caf\u00e9\n- r\u00e9sum\u00e9\n");
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(Write("latin1.md", latin1)));
        Assert.Contains("not valid UTF-8", error.Message);
        Assert.Contains("offset 5", error.Message);
    }

    [Fact]
    public void Read_OverTheLimit_SaysHowBig()
    {
        var path = Write("big.md", Encoding.UTF8.GetBytes(new string('x', 2048)));
        var error = Assert.Throws<ImportException>(() => SourceFile.Read(path, maxBytes: 1024));
        Assert.Contains("2 KB, over the 1 KB limit", error.Message);
    }

    [Fact]
    public void Read_Utf8WithBom_KeepsTheBomOutOfTheText()
    {
        var source = SourceFile.Read(Write("bom.md", [0xEF, 0xBB, 0xBF, .. "- \u00fcber\n"u8]));
        Assert.True(source.HasBom);
        Assert.Equal("- \u00fcber\n", source.Text);
        Assert.Equal(3 + 8, source.Bytes.Length);
    }

    [Fact]
    public void ErrorMessages_AreOneLine()
    {
        var messages = new[]
        {
            Assert.Throws<ImportException>(() => SourceFile.Read(temp.Path)).Message,
            Assert.Throws<ImportException>(() => SourceFile.Read(Write("e.md", []))).Message,
            Assert.Throws<ImportException>(() => SourceFile.Read(Write("l.md", [0x41, 0xFF, 0x42]))).Message,
        };
        Assert.All(messages, m => Assert.DoesNotContain('\n', m));
    }
}
