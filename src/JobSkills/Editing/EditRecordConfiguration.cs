using JobSkills.Outline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSkills.Editing;

internal sealed class EditRecordConfiguration : IEntityTypeConfiguration<EditRecord>
{
    public void Configure(EntityTypeBuilder<EditRecord> builder)
    {
        builder.Property(e => e.Actor).IsRequired();
        builder.Property(e => e.Before).IsRequired();
        builder.Property(e => e.After).IsRequired();
        builder.HasOne<OutlineDocument>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.DocumentId, e.At });
        builder.HasIndex(e => e.NodeId);
    }
}
