namespace JobSkills.Cli;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A user error (bad input file, unknown field, nothing imported yet), or an import that failed for some of the files.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: unknown command or option, missing or invalid value.</summary>
    public const int Usage = 2;

    /// <summary>A bug: an exception nobody expected.</summary>
    public const int InternalError = 70;

    public const int Cancelled = 130;
}
