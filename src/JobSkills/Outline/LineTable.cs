namespace JobSkills.Outline;

/// <summary>
/// Where each line of a text starts and ends. Line endings are "\n", "\r\n" or a lone "\r",
/// the same three that CommonMark (and so Markdig's line numbers) recognise.
/// </summary>
internal sealed class LineTable
{
    // For line i: starts[i] is its first char, contentEnds[i] is where its ending begins,
    // and starts[i + 1] is where its ending ends.
    private readonly List<int> starts = [0];
    private readonly List<int> contentEnds = [];

    public LineTable(string text)
    {
        int lf = 0, crlf = 0, cr = 0;
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            var at = i + next;
            contentEnds.Add(at);
            if (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n')
            {
                crlf++;
                i = at + 2;
            }
            else
            {
                if (text[at] == '\n')
                {
                    lf++;
                }
                else
                {
                    cr++;
                }

                i = at + 1;
            }

            starts.Add(i);
        }

        if (i < text.Length)
        {
            // The last line has no ending.
            contentEnds.Add(text.Length);
            starts.Add(text.Length);
        }
        else
        {
            // The text ends with a line ending (or is empty): there is no further line.
            starts.RemoveAt(starts.Count - 1);
            starts.Add(text.Length);
        }

        DominantLineEnding = crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
    }

    public int Count => contentEnds.Count;
    public string DominantLineEnding { get; }

    public int Start(int line) => starts[line];

    /// <summary>The line that contains a character offset.</summary>
    public int LineOf(int offset)
    {
        var index = starts.BinarySearch(0, Count, offset, comparer: null);
        return index >= 0 ? index : ~index - 1;
    }
    public int ContentEnd(int line) => contentEnds[line];
    public int End(int line) => starts[line + 1];

    public ReadOnlySpan<char> Content(string text, int line) => text.AsSpan(starts[line], contentEnds[line] - starts[line]);

    public string Ending(string text, int line) => text[contentEnds[line]..starts[line + 1]];
}
