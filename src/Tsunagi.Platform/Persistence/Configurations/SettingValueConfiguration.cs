using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Platform.Persistence.Configurations;

/// <summary>Setting values: reference data shared by tenants (no tenant_id), appended only.</summary>
internal sealed class SettingValueConfiguration : IEntityTypeConfiguration<SettingValue>
{
    public void Configure(EntityTypeBuilder<SettingValue> builder)
    {
        builder.ToTable("setting_values");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Key).HasMaxLength(100).IsRequired();
        builder.Property(v => v.ScopeLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.ScopeId).HasMaxLength(TenantModel.TenantIdMaxLength).IsRequired();
        builder.Property(v => v.ValueJson).IsRequired();
        builder.Ignore(v => v.Scope);
        builder.HasIndex(v => new { v.Key, v.ScopeLevel, v.ScopeId, v.EffectiveFrom, v.Version }).IsUnique();
    }
}
