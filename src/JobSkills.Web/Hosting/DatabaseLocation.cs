using JobSkills.Data;

namespace JobSkills.Web.Hosting;

/// <summary>The SQLite file the app works on.</summary>
public sealed record DatabaseLocation(string Path)
{
    /// <summary>Configuration key for the file path (appsettings, <c>JobSkills__Database</c>, <c>--JobSkills:Database=</c>).</summary>
    public const string ConfigurationKey = "JobSkills:Database";

    /// <summary>The configured path, else <see cref="JobSkillsDatabase.DefaultPath"/> ($JOBSKILLS_DB, else the per-user file the CLI uses too).</summary>
    public static DatabaseLocation FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        return new(string.IsNullOrWhiteSpace(configured) ? JobSkillsDatabase.DefaultPath : System.IO.Path.GetFullPath(configured));
    }
}
