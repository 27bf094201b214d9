using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data.Configurations;

/// <summary>
/// Index design for counter search (docs/modules/residents.md): every index starts with tenant_id, then the
/// folded key searched by prefix; date of birth, record code and the My Number blind index are exact matches.
/// </summary>
internal sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("residents");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RemovalKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.FamilyName).HasMaxLength(100);
        builder.Property(r => r.GivenName).HasMaxLength(100);
        builder.Property(r => r.FamilyNameKana).HasMaxLength(100);
        builder.Property(r => r.GivenNameKana).HasMaxLength(100);
        builder.Property(r => r.NameKey).HasMaxLength(200);
        builder.Property(r => r.KanaKey).HasMaxLength(200);
        builder.Property(r => r.GivenNameKey).HasMaxLength(100);
        builder.Property(r => r.GivenKanaKey).HasMaxLength(100);
        builder.Property(r => r.Relationship).HasMaxLength(20);
        builder.Property(r => r.PostalCode).HasMaxLength(8);
        builder.Property(r => r.Locality).HasMaxLength(100);
        builder.Property(r => r.AddressLine).HasMaxLength(300);
        builder.Property(r => r.ResidentRecordCode).HasMaxLength(11);
        builder.Property(r => r.IndividualNumberIndex).HasMaxLength(32);
        builder.Ignore(r => r.Record);
        builder.Ignore(r => r.IsRemoved);
        // Name search reads one range of each of these four and orders by (kana_key, id): the trailing columns make
        // each index covering, so the up to ~10,000 entries of a common name (佐藤) are read from the index alone,
        // never from the (wide) rows. docs/benchmarks/residents.md "Index design for name search".
        builder.HasIndex(r => new { r.TenantId, r.NameKey, r.GivenNameKey, r.Status, r.KanaKey, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.KanaKey, r.GivenKanaKey, r.Status, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.GivenNameKey, r.Status, r.KanaKey, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.GivenKanaKey, r.Status, r.KanaKey, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.DateOfBirth });
        // A household's members, and for a search page the head of each row's household read from the index alone
        // (relationship, status and the head's name trail the key): ~50 random row reads fewer per page at 1,000,000.
        builder.HasIndex(r => new { r.TenantId, r.HouseholdId, r.Relationship, r.Status, r.FamilyName, r.GivenName });
        builder.HasIndex(r => new { r.TenantId, r.AddressLine });
        builder.HasIndex(r => new { r.TenantId, r.ResidentRecordCode });
        builder.HasIndex(r => new { r.TenantId, r.IndividualNumberIndex });
        builder.HasOne<Household>().WithMany().HasForeignKey(r => new { r.TenantId, r.HouseholdId }).OnDelete(DeleteBehavior.Restrict);
    }
}
