using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Portal.Domain;

namespace Tsunagi.Portal.Data.Configurations;

internal sealed class PortalMailConfiguration : IEntityTypeConfiguration<PortalMail>
{
    public void Configure(EntityTypeBuilder<PortalMail> builder)
    {
        builder.ToTable("portal_mail_drop");
        builder.HasKey(m => new { m.TenantId, m.Id });
        builder.Property(m => m.Recipient).HasMaxLength(254);
        builder.Property(m => m.Subject).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(4000);
    }
}
