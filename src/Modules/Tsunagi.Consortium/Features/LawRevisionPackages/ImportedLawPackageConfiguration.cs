using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

internal sealed class ImportedLawPackageConfiguration : IEntityTypeConfiguration<ImportedLawPackage>
{
    public void Configure(EntityTypeBuilder<ImportedLawPackage> builder)
    {
        builder.ToTable("law_packages");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.HasIndex(p => new { p.TenantId, p.PackageId }).IsUnique();
        builder.Property(p => p.PackageId).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.LegalBasis).HasMaxLength(1000);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.ImportedBy).HasMaxLength(200);
    }
}
