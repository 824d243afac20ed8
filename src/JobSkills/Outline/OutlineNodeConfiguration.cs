using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSkills.Outline;

internal sealed class OutlineNodeConfiguration : IEntityTypeConfiguration<OutlineNode>
{
    public void Configure(EntityTypeBuilder<OutlineNode> builder)
    {
        builder.Property(n => n.Indent).IsRequired();
        builder.Property(n => n.Marker).IsRequired();
        builder.Property(n => n.Gap).IsRequired();
        builder.Property(n => n.TaskBox).IsRequired();
        builder.Property(n => n.Text).IsRequired();
        builder.Property(n => n.Suffix).IsRequired();
        builder.Property(n => n.LineEnding).IsRequired();
        builder.Property(n => n.Trailing).IsRequired();
        builder.Property(n => n.PlainText).IsRequired();
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne(n => n.Parent).WithMany(n => n.Children).HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(n => new { n.DocumentId, n.ParentId, n.Ordinal });
        builder.HasIndex(n => new { n.DocumentId, n.IsPlaceholder });
        builder.Ignore(n => n.TaskState);
        builder.Ignore(n => n.SourceText);
    }
}
