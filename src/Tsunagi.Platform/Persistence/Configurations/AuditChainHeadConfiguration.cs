using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.ToTable("audit_chain_heads");
        builder.HasKey(h => h.TenantId);
        builder.Property(h => h.LastSequence).IsConcurrencyToken();
        builder.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}
