using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Counter.Features.CasePayment;

internal sealed class CasePaymentRecordConfiguration : IEntityTypeConfiguration<CasePaymentRecord>
{
    public void Configure(EntityTypeBuilder<CasePaymentRecord> builder)
    {
        builder.ToTable("counter_case_payments");
        builder.HasKey(p => new { p.TenantId, p.ReceiptId });
        builder.HasIndex(p => new { p.TenantId, p.CaseId });
        builder.Property(p => p.ReceiptNumber).HasMaxLength(20);
    }
}
