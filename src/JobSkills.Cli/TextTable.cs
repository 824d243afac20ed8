using System.Text;

namespace JobSkills.Cli;

/// <summary>
/// Plain aligned columns for human output: no borders and no wrapping, so it greps and pipes well.
/// With all headers empty, no header line is written.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    /// <summary>Columns whose index is in this set are right-aligned (numbers).</summary>
    public HashSet<int> RightAligned { get; init; } = [];

    public void Add(params object[] cells) => rows.Add(cells.Select(c => c.ToString() ?? "").ToArray());

    public async Task WriteAsync(TextWriter writer)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var lines = headers.All(h => h.Length == 0) ? rows : rows.Prepend(headers);
        foreach (var row in lines)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                var last = i == row.Length - 1;
                var cell = RightAligned.Contains(i) ? row[i].PadLeft(widths[i]) : last ? row[i] : row[i].PadRight(widths[i]);
                line.Append(cell).Append(last ? "" : "  ");
            }

            await writer.WriteLineAsync(line.ToString().TrimEnd());
        }
    }
}
