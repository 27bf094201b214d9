using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Consortium.Features.CostSharing.Storage;

internal sealed class CostModelVersionConfiguration : IEntityTypeConfiguration<CostModelVersion>
{
    public void Configure(EntityTypeBuilder<CostModelVersion> builder)
    {
        builder.ToTable("cost_models");
        builder.HasKey(v => new { v.TenantId, v.Id });
        builder.HasIndex(v => new { v.TenantId, v.FiscalYear, v.Version }).IsUnique();
    }
}
