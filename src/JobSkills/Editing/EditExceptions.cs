namespace JobSkills.Editing;

/// <summary>The entry changed since the caller loaded it (another tab, another user). Nothing was saved.</summary>
public sealed class EditConflictException : Exception
{
    public EditConflictException(string message)
        : base(message)
    {
    }

    public EditConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The edit is not valid for this entry. Nothing was saved.</summary>
public sealed class EditRejectedException(string message) : Exception(message);
