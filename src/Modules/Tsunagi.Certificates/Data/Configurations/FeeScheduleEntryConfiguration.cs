using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Data.Configurations;

internal sealed class FeeScheduleEntryConfiguration : IEntityTypeConfiguration<FeeScheduleEntry>
{
    public void Configure(EntityTypeBuilder<FeeScheduleEntry> builder)
    {
        builder.ToTable("fee_schedule");
        builder.HasKey(f => new { f.TenantId, f.Id });
        builder.HasIndex(f => new { f.TenantId, f.Type, f.EffectiveFrom }).IsUnique();
    }
}
