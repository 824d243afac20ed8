namespace JobSkills.Cli;

/// <summary>
/// Where a run of the CLI writes: text to Out, errors and progress to Error, and exported
/// markdown as raw bytes to StandardOutput (never through a TextWriter, which would re-encode it).
/// ShowProgress draws Spectre progress on Error; only when it is a terminal.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Stream StandardOutput, bool ShowProgress = false)
{
    public static CliConsole System => new(Console.Out, Console.Error, Console.OpenStandardOutput(), ShowProgress: !Console.IsErrorRedirected);
}
