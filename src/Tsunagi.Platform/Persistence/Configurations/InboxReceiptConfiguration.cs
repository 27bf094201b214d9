using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Messaging;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class InboxReceiptConfiguration : IEntityTypeConfiguration<InboxReceipt>
{
    public void Configure(EntityTypeBuilder<InboxReceipt> builder)
    {
        builder.ToTable("inbox_receipts");
        builder.HasKey(r => new { r.TenantId, r.MessageId, r.HandlerName });
        builder.Property(r => r.HandlerName).HasMaxLength(200);
    }
}
