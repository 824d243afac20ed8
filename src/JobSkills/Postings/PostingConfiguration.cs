using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSkills.Postings;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<Posting>
{
    public void Configure(EntityTypeBuilder<Posting> builder)
    {
        builder.Property(p => p.Sha256).IsRequired();
        builder.HasIndex(p => p.Sha256).IsUnique();
        builder.Property(p => p.Title).IsRequired();
        builder.Property(p => p.Location).IsRequired();
        builder.Property(p => p.PayText).IsRequired();

        // Stored as REAL so that SQLite can sort and compare pay; cents are the finest grain used.
        builder.Property(p => p.PayMin).HasConversion<double?>();
        builder.Property(p => p.PayMax).HasConversion<double?>();
        builder.Property(p => p.EmploymentType).IsRequired();
        builder.Property(p => p.SourceName).IsRequired();
        builder.Property(p => p.Text).IsRequired();
        builder.HasOne(p => p.Company).WithMany().HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Role).WithMany().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Sections).WithOne(s => s.Posting).HasForeignKey(s => s.PostingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostingSectionConfiguration : IEntityTypeConfiguration<PostingSection>
{
    public void Configure(EntityTypeBuilder<PostingSection> builder)
    {
        builder.Property(s => s.Heading).IsRequired();
        builder.HasIndex(s => new { s.PostingId, s.Ordinal });
        builder.HasMany(s => s.Lines).WithOne(l => l.Section).HasForeignKey(l => l.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PostingLineConfiguration : IEntityTypeConfiguration<PostingLine>
{
    public void Configure(EntityTypeBuilder<PostingLine> builder)
    {
        builder.Property(l => l.Text).IsRequired();
        builder.HasIndex(l => new { l.SectionId, l.Ordinal });
    }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder) => builder.HasIndex(c => c.NormalizedName).IsUnique();
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder) => builder.HasIndex(r => r.NormalizedTitle).IsUnique();
}
