using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Data.Configurations;

internal sealed class CertificateSettingsConfiguration : IEntityTypeConfiguration<CertificateSettings>
{
    public void Configure(EntityTypeBuilder<CertificateSettings> builder)
    {
        builder.ToTable("certificate_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.CertificationStatement).HasMaxLength(500);
        builder.Property(s => s.MayorTitle).HasMaxLength(100);
        builder.Property(s => s.MayorName).HasMaxLength(100);
        builder.Property(s => s.Counters).HasMaxLength(1000);
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
