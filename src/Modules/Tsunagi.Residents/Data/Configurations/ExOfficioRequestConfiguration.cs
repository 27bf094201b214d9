using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data.Configurations;

internal sealed class ExOfficioRequestConfiguration : IEntityTypeConfiguration<ExOfficioRequest>
{
    public void Configure(EntityTypeBuilder<ExOfficioRequest> builder)
    {
        builder.ToTable("ex_officio_requests");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.Status });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RequestedBy).HasMaxLength(100);
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.Property(r => r.DecisionReason).HasMaxLength(500);
        builder.Ignore(r => r.IsPending);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Resident>().WithMany().HasForeignKey(r => new { r.TenantId, r.ResidentId }).OnDelete(DeleteBehavior.Restrict);
    }
}
