using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Security;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class TenantDataKeyConfiguration : IEntityTypeConfiguration<TenantDataKey>
{
    public void Configure(EntityTypeBuilder<TenantDataKey> builder)
    {
        builder.ToTable("tenant_data_keys");
        builder.HasKey(k => new { k.TenantId, k.Version });
        builder.Property(k => k.Version).ValueGeneratedNever();
        builder.Property(k => k.WrappedKey).HasMaxLength(128).IsRequired();
    }
}
