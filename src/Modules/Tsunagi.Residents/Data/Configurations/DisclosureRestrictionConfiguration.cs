using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data.Configurations;

internal sealed class DisclosureRestrictionConfiguration : IEntityTypeConfiguration<DisclosureRestriction>
{
    public void Configure(EntityTypeBuilder<DisclosureRestriction> builder)
    {
        builder.ToTable("disclosure_restrictions");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.ResidentId });
        builder.Property(r => r.Scope).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Reason).HasMaxLength(200);
        builder.Property(r => r.RegisteredBy).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Resident>().WithMany().HasForeignKey(r => new { r.TenantId, r.ResidentId }).OnDelete(DeleteBehavior.Restrict);
    }
}
