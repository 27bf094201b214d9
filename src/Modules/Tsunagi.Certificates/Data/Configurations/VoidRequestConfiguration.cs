using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Data.Configurations;

internal sealed class VoidRequestConfiguration : IEntityTypeConfiguration<VoidRequest>
{
    public void Configure(EntityTypeBuilder<VoidRequest> builder)
    {
        builder.ToTable("void_requests");
        builder.HasKey(v => new { v.TenantId, v.Id });
        builder.HasIndex(v => new { v.TenantId, v.IssuanceId });
        builder.HasIndex(v => new { v.TenantId, v.RefundOn, v.Counter });
        builder.Property(v => v.Reason).HasMaxLength(500);
        builder.Property(v => v.DecisionReason).HasMaxLength(500);
        builder.Property(v => v.Counter).HasMaxLength(100);
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}
