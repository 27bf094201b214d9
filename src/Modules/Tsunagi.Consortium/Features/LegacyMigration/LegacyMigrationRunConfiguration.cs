using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Consortium.Features.LegacyMigration;

internal sealed class LegacyMigrationRunConfiguration : IEntityTypeConfiguration<LegacyMigrationRun>
{
    public void Configure(EntityTypeBuilder<LegacyMigrationRun> builder)
    {
        builder.ToTable("legacy_migration_runs");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.FileSha256 });
        builder.Property(r => r.FileSha256).HasMaxLength(64);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.StartedBy).HasMaxLength(100);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
    }
}
