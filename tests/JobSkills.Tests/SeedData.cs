namespace JobSkills.Tests;

/// <summary>Locates the repository's data/ folder from the test's output directory.</summary>
internal static class SeedData
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobSkills.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (JobSkills.sln) above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<string> Root = new(() => Path.Combine(RepositoryRoot.Value, "data"));

    /// <summary>A folder of the test project's sources, e.g. "Skills/Expected".</summary>
    public static string TestFolder(string relative) => Path.Combine(RepositoryRoot.Value, "tests", "JobSkills.Tests", relative);

    public static string OutlinePath => Path.Combine(Root.Value, "outline", "skills-outline.md");

    public static string PostingsFolder => Path.Combine(Root.Value, "postings");
}
