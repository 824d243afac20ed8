namespace JobSkills.Import;

/// <summary>An input the importers refuse. The message is one line, meant for the user.</summary>
public sealed class ImportException : Exception
{
    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
