using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data.Configurations;

internal sealed class MoveOutCertificateConfiguration : IEntityTypeConfiguration<MoveOutCertificate>
{
    public void Configure(EntityTypeBuilder<MoveOutCertificate> builder)
    {
        builder.ToTable("move_out_certificates");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.Number }).IsUnique();
        builder.Property(c => c.Number).HasMaxLength(20);
        builder.Property(c => c.DestinationAddress).HasMaxLength(300);
        builder.Property(c => c.DestinationMunicipalityCode).HasMaxLength(6);
        builder.Property(c => c.UsedByMunicipalityCode).HasMaxLength(6);
        builder.PrimitiveCollection(c => c.ResidentIds);
    }
}
