using Microsoft.EntityFrameworkCore;

namespace JobSkills.Data;

/// <summary>The context factory the CLI, tests and benchmarks use; the web app registers EF's own.</summary>
public sealed class DbContextFactory(string path) : IDbContextFactory<JobSkillsDbContext>
{
    private readonly DbContextOptions<JobSkillsDbContext> options = JobSkillsDatabase.Options(path);

    public string Path { get; } = path;

    public JobSkillsDbContext CreateDbContext() => new(options);
}
