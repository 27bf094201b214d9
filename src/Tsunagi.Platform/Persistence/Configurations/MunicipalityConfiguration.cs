using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence.Configurations;

/// <summary>The tenant directory: a reference table (no tenant_id), read before any tenant is resolved.</summary>
internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("municipalities");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(6).IsFixedLength();
        builder.Property(m => m.ConsortiumId).HasMaxLength(TenantModel.TenantIdMaxLength).IsRequired();
        builder.Property(m => m.Name).HasMaxLength(100).IsRequired();
        builder.Property(m => m.PrefectureName).HasMaxLength(10).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(m => m.FullName);
        builder.HasOne<Consortium>().WithMany().HasForeignKey(m => m.ConsortiumId).OnDelete(DeleteBehavior.Restrict);
    }
}
