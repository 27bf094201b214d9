using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Data.Configurations;

internal sealed class IssuanceConfiguration : IEntityTypeConfiguration<Issuance>
{
    public void Configure(EntityTypeBuilder<Issuance> builder)
    {
        builder.ToTable("issuances");
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.HasIndex(i => new { i.TenantId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.VerificationCode }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.IdempotencyKey }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.IssuedOn, i.Counter });
        builder.HasIndex(i => new { i.TenantId, i.ReceiptId });
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.Property(i => i.VerificationCode).HasMaxLength(40);
        builder.Property(i => i.ContentHash).HasMaxLength(64);
        builder.Property(i => i.Counter).HasMaxLength(100);
        builder.Property(i => i.IdempotencyKey).HasMaxLength(100);
        builder.Property(i => i.FeeExemption).HasMaxLength(200);
        builder.PrimitiveCollection(i => i.ResidentIds);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
