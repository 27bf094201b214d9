using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Portal.Domain;

namespace Tsunagi.Portal.Data.Configurations;

internal sealed class PreApplicationConfiguration : IEntityTypeConfiguration<PreApplication>
{
    public void Configure(EntityTypeBuilder<PreApplication> builder)
    {
        builder.ToTable("pre_applications");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.Reference }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.OwnerKey });
        builder.HasIndex(p => new { p.TenantId, p.Status });
        builder.Property(p => p.Reference).HasMaxLength(16);
        builder.Property(p => p.OwnerKey).HasMaxLength(64);
        builder.Property(p => p.DraftJson).HasMaxLength(32_000);
    }
}
