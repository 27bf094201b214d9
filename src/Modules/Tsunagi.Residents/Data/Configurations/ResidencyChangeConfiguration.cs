using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data.Configurations;

internal sealed class ResidencyChangeConfiguration : IEntityTypeConfiguration<ResidencyChange>
{
    public void Configure(EntityTypeBuilder<ResidencyChange> builder)
    {
        builder.ToTable("residency_changes");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.ResidentId, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.IdempotencyKey });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.StatusAfter).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.ActorId).HasMaxLength(100);
        builder.Property(c => c.ApprovedBy).HasMaxLength(100);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(100);
        builder.Ignore(c => c.Record);
        builder.HasOne<Resident>().WithMany().HasForeignKey(c => new { c.TenantId, c.ResidentId }).OnDelete(DeleteBehavior.Restrict);
    }
}
