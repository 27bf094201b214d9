using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class SettingChangeRequestConfiguration : IEntityTypeConfiguration<SettingChangeRequest>
{
    public void Configure(EntityTypeBuilder<SettingChangeRequest> builder)
    {
        builder.ToTable("setting_change_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Key).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ScopeLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ScopeId).HasMaxLength(TenantModel.TenantIdMaxLength).IsRequired();
        builder.Property(r => r.RequestedInTenant).HasMaxLength(TenantModel.TenantIdMaxLength).IsRequired();
        builder.Property(r => r.ProposedJson).IsRequired();
        builder.Property(r => r.PreviousJson).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(500).IsRequired();
        builder.Property(r => r.DecisionNote).HasMaxLength(500);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Ignore(r => r.Scope);
        builder.HasIndex(r => new { r.Status, r.ScopeLevel, r.ScopeId });
    }
}
