namespace JobSkills.Cli;

/// <summary>
/// Where a run of the CLI writes: text to Out, errors and progress to Error, and exported
/// markdown as raw bytes to StandardOutput (never through a TextWriter, which would re-encode it).
/// ShowProgress draws Spectre progress on Error; only when it is a terminal. ColorOutput allows
/// ANSI colours on Out (search highlights); only when it is a terminal and NO_COLOR is not set.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Stream StandardOutput, bool ShowProgress = false, bool ColorOutput = false)
{
    public static CliConsole System => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardOutput(),
        ShowProgress: !Console.IsErrorRedirected,
        ColorOutput: !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));
}
