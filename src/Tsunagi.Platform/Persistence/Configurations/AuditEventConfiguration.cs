using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => new { e.TenantId, e.Sequence });
        builder.HasIndex(e => new { e.TenantId, e.Id }).IsUnique();
        builder.HasIndex(e => new { e.TenantId, e.OccurredAt });
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ActorId).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(100).IsRequired();
        builder.Property(e => e.SubjectType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.SubjectId).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Purpose).HasMaxLength(500);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.Sequence).ValueGeneratedNever();
    }
}
