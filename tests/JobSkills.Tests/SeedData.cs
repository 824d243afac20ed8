namespace JobSkills.Tests;

/// <summary>Locates the repository's data/ folder from the test's output directory.</summary>
internal static class SeedData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobSkills.sln")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new InvalidOperationException("cannot find the repository root (JobSkills.sln) above " + AppContext.BaseDirectory);
    });

    public static string OutlinePath => Path.Combine(Root.Value, "outline", "skills-outline.md");

    public static string PostingsFolder => Path.Combine(Root.Value, "postings");
}
