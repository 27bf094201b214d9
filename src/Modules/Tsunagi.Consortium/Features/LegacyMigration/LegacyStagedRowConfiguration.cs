using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Consortium.Features.LegacyMigration;

internal sealed class LegacyStagedRowConfiguration : IEntityTypeConfiguration<LegacyStagedRow>
{
    public void Configure(EntityTypeBuilder<LegacyStagedRow> builder)
    {
        builder.ToTable("legacy_migration_staged_rows");
        builder.HasKey(r => new { r.TenantId, r.RunId, r.Row });
        builder.HasIndex(r => new { r.TenantId, r.RunId, r.HouseholdId, r.Row });
        builder.Property(r => r.HouseholdId).HasMaxLength(50);
    }
}
