using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Data.Configurations;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("receipts");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.PaidOn, r.Counter });
        builder.Property(r => r.Number).HasMaxLength(20);
        builder.Property(r => r.Counter).HasMaxLength(100);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
