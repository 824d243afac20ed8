using JobSkills.Editing;
using JobSkills.Outline;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Data;

public class JobSkillsDbContext(DbContextOptions<JobSkillsDbContext> options) : DbContext(options)
{
    public DbSet<OutlineDocument> OutlineDocuments => Set<OutlineDocument>();
    public DbSet<OutlineNode> OutlineNodes => Set<OutlineNode>();
    public DbSet<EditRecord> EditRecords => Set<EditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobSkillsDbContext).Assembly);
}
