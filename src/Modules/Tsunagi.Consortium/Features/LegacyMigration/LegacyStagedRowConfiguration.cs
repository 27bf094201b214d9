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
        builder.Property(r => r.LegacyId).HasMaxLength(50);
        builder.Property(r => r.FamilyName).HasMaxLength(50);
        builder.Property(r => r.GivenName).HasMaxLength(50);
        builder.Property(r => r.FamilyNameKana).HasMaxLength(50);
        builder.Property(r => r.GivenNameKana).HasMaxLength(50);
        builder.Property(r => r.FormerFamilyName).HasMaxLength(50);
        builder.Property(r => r.Relationship).HasMaxLength(20);
        builder.Property(r => r.PostalCode).HasMaxLength(10);
        builder.Property(r => r.Locality).HasMaxLength(100);
        builder.Property(r => r.Lot).HasMaxLength(50);
        builder.Property(r => r.AddressSupplement).HasMaxLength(100);
        builder.Property(r => r.RegisteredDomicile).HasMaxLength(200);
        builder.Property(r => r.FamilyRegisterHead).HasMaxLength(100);
        builder.Property(r => r.ResidentRecordCode).HasMaxLength(11);
        builder.Property(r => r.NameKey).HasMaxLength(200);
        builder.Property(r => r.KanaKey).HasMaxLength(200);
        builder.Property(r => r.GivenNameKey).HasMaxLength(100);
        builder.Property(r => r.GivenKanaKey).HasMaxLength(100);
        builder.Property(r => r.AddressLine).HasMaxLength(300);
    }
}
