using JobSkills.Editing;
using JobSkills.Outline;
using JobSkills.Postings;
using JobSkills.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSkills.Data;

public class JobSkillsDbContext(DbContextOptions<JobSkillsDbContext> options) : DbContext(options)
{
    public DbSet<OutlineDocument> OutlineDocuments => Set<OutlineDocument>();
    public DbSet<OutlineNode> OutlineNodes => Set<OutlineNode>();
    public DbSet<EditRecord> EditRecords => Set<EditRecord>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<Posting> Postings => Set<Posting>();
    public DbSet<PostingSection> PostingSections => Set<PostingSection>();
    public DbSet<PostingLine> PostingLines => Set<PostingLine>();
    public DbSet<SkillTerm> SkillTerms => Set<SkillTerm>();
    public DbSet<SkillAlias> SkillAliases => Set<SkillAlias>();
    public DbSet<TermOccurrence> TermOccurrences => Set<TermOccurrence>();
    public DbSet<VocabularyStamp> VocabularyStamps => Set<VocabularyStamp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobSkillsDbContext).Assembly);
}
