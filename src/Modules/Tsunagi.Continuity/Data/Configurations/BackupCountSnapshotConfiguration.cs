using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Continuity.Verification;

namespace Tsunagi.Continuity.Data.Configurations;

internal sealed class BackupCountSnapshotConfiguration : IEntityTypeConfiguration<BackupCountSnapshot>
{
    public void Configure(EntityTypeBuilder<BackupCountSnapshot> builder)
    {
        builder.ToTable("backup_count_snapshots");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => s.TakenAt);
        builder.Property(s => s.BackupLabel).HasMaxLength(200);
    }
}
