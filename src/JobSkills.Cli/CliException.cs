namespace JobSkills.Cli;

/// <summary>A user error found by the CLI itself (such as "no outline imported yet"). The message is one line.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
