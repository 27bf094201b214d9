using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data.Configurations;

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("households");
        builder.HasKey(h => new { h.TenantId, h.Id });
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.Ignore(h => h.HasEnded);
    }
}
