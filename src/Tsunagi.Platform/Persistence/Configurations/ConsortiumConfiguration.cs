using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class ConsortiumConfiguration : IEntityTypeConfiguration<Consortium>
{
    public void Configure(EntityTypeBuilder<Consortium> builder)
    {
        builder.ToTable("consortia");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(TenantModel.TenantIdMaxLength);
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
    }
}
