using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Metering;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class UsageCounterConfiguration : IEntityTypeConfiguration<UsageCounter>
{
    public void Configure(EntityTypeBuilder<UsageCounter> builder)
    {
        builder.ToTable("usage_counters");
        builder.HasKey(c => new { c.TenantId, c.Day, c.Metric });
        builder.Property(c => c.Metric).HasConversion<string>().HasMaxLength(30);
    }
}
