using System.Text;

namespace JobSkills.Tests.Outline;

/// <summary>
/// Generates outlines the way people write them: tab- or space-indented lists with any markers,
/// headings, task items, blank runs, trailing spaces, non-ASCII text, fenced code, tables, HTML,
/// quotes, multi-line items, and any line-ending style. Deterministic for a given seed.
/// </summary>
internal sealed class RandomOutline(int seed)
{
    private static readonly string[] Words =
    [
        "PyTorch", "Kubernetes", "skill", "set:", "BLAH", "BLAH.", "[NAME](URL)", "***MLOps***", "*C++*", "`x - y`",
        "[link](https://example.com/a_b)", "Ünïcødé", "日本語", "naïve", "café", "1984.", "#", "***", ">", "-", "+",
        "50%", "C#", "R", "Go", "<b>html</b>", "\\*", "&amp;", "a|b", "[ ]", "emoji🙂",
    ];

    private readonly Random random = new(seed);
    private readonly StringBuilder text = new();
    private string lineEnding = "\n";
    private string indentUnit = "\t";

    public string Generate()
    {
        lineEnding = Pick("\n", "\n", "\r\n", "\r");
        indentUnit = Pick("\t", "  ", "    ", "\t");
        var mixedEndings = random.Next(10) == 0;
        var blocks = random.Next(1, 25);
        for (var i = 0; i < blocks; i++)
        {
            if (mixedEndings)
            {
                lineEnding = Pick("\n", "\r\n");
            }

            switch (random.Next(12))
            {
                case 0 or 1: Heading(); break;
                case 2 or 3 or 4 or 5: List(); break;
                case 6: Line(Sentence()); break;
                case 7: Fence(); break;
                case 8: Table(); break;
                case 9: Html(); break;
                case 10: Line("> - " + Sentence()); Line("> " + Sentence()); break;
                default: Line(Pick("---", "***", "___", "  * * *")); break;
            }

            Blanks();
        }

        var result = text.ToString();
        return random.Next(4) == 0 ? result.TrimEnd('\r', '\n') : result;
    }

    private void Heading()
    {
        if (random.Next(6) == 0)
        {
            Line(Sentence());
            Line(Pick("===", "---", "=", "--- "));
            return;
        }

        Line(Pick("", " ", "  ") + new string('#', random.Next(1, 7)) + Pick(" ", "\t", "  ") + Sentence() + Pick("", "", " ##", " "));
    }

    private void List()
    {
        var items = random.Next(1, 15);
        var depth = 0;
        var ordered = random.Next(3) == 0;
        for (var i = 0; i < items; i++)
        {
            depth = Math.Max(0, depth + random.Next(-2, 2) + (random.Next(15) == 0 ? 2 : 0));
            var indent = string.Concat(Enumerable.Repeat(indentUnit, depth));
            if (random.Next(20) == 0)
            {
                indent = Pick(" \t", "\t ", " ") + indent;
            }

            var marker = ordered ? random.Next(1, 2000) + Pick(".", ")") : Pick("-", "+", "*", "-");
            var gap = Pick(" ", " ", "\t", "  ", " ");
            var task = random.Next(8) == 0 ? Pick("[ ] ", "[x] ", "[X] ") : "";
            var body = random.Next(25) == 0 ? "" : Sentence();
            Line(indent + marker + (body.Length == 0 && task.Length == 0 ? Pick("", " ") : gap) + task + body + Pick("", "", "", " ", "  ", "\t"));

            if (random.Next(12) == 0)
            {
                Line(indent + indentUnit + Sentence());
            }

            if (random.Next(15) == 0)
            {
                Blanks();
            }
        }
    }

    private void Fence()
    {
        var fence = Pick("```", "~~~", "````");
        Line(fence + Pick("", "python", " c#"));
        Line("- not a bullet");
        Line("# not a heading");
        if (random.Next(2) == 0)
        {
            Line("");
        }

        Line("\t+ still code");
        Line(fence);
    }

    private void Table()
    {
        Line("| skill | level |");
        Line("|---|:---:|");
        Line("| " + Sentence() + " | 3 |");
    }

    private void Html()
    {
        Line("<div class=\"x\">");
        Line("- inside html");
        Line("</div>");
    }

    private void Blanks()
    {
        var count = random.Next(10) == 0 ? random.Next(3, 9) : random.Next(0, 3);
        for (var i = 0; i < count; i++)
        {
            Line(Pick("", "", " ", "\t", "   "));
        }
    }

    private string Sentence()
    {
        var count = random.Next(1, 8);
        return string.Join(" ", Enumerable.Range(0, count).Select(_ => Words[random.Next(Words.Length)]));
    }

    private void Line(string content) => text.Append(content).Append(lineEnding);

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];
}
