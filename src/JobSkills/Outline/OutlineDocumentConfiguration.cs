using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSkills.Outline;

internal sealed class OutlineDocumentConfiguration : IEntityTypeConfiguration<OutlineDocument>
{
    public void Configure(EntityTypeBuilder<OutlineDocument> builder)
    {
        builder.Property(d => d.Name).IsRequired();
        builder.Property(d => d.Sha256).IsRequired();
        builder.Property(d => d.LineEnding).IsRequired();
        builder.Property(d => d.Preamble).IsRequired();
        builder.HasIndex(d => new { d.Name, d.Version }).IsUnique();
        builder.HasIndex(d => d.Sha256);
        builder.HasMany(d => d.Nodes).WithOne(n => n.Document).HasForeignKey(n => n.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
