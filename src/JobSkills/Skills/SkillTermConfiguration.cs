using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSkills.Skills;

internal sealed class SkillTermConfiguration : IEntityTypeConfiguration<SkillTerm>
{
    public void Configure(EntityTypeBuilder<SkillTerm> builder)
    {
        builder.HasIndex(t => t.Key).IsUnique();
        builder.HasMany(t => t.Aliases).WithOne(a => a.Term).HasForeignKey(a => a.TermId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SkillAliasConfiguration : IEntityTypeConfiguration<SkillAlias>
{
    public void Configure(EntityTypeBuilder<SkillAlias> builder) => builder.HasIndex(a => a.Key).IsUnique();
}

internal sealed class TermOccurrenceConfiguration : IEntityTypeConfiguration<TermOccurrence>
{
    public void Configure(EntityTypeBuilder<TermOccurrence> builder)
    {
        builder.HasOne(o => o.Term).WithMany().HasForeignKey(o => o.TermId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobSkills.Outline.OutlineNode>().WithMany().HasForeignKey(o => o.OutlineNodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobSkills.Postings.PostingLine>().WithMany().HasForeignKey(o => o.PostingLineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobSkills.Postings.Posting>().WithMany().HasForeignKey(o => o.PostingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.TermId);
        builder.HasIndex(o => o.OutlineNodeId);
        builder.HasIndex(o => o.PostingLineId);
        builder.HasIndex(o => o.PostingId);
    }
}
