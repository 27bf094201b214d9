using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Data.Configurations;

internal sealed class CounterCaseConfiguration : IEntityTypeConfiguration<CounterCase>
{
    public void Configure(EntityTypeBuilder<CounterCase> builder)
    {
        builder.ToTable("counter_cases");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.HasIndex(c => new { c.TenantId, c.Area, c.ReceivedOn, c.Sequence }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.State, c.ReceivedAt });
        builder.Property(c => c.Area).HasMaxLength(20);
        builder.Property(c => c.ReceptionNumber).HasMaxLength(30);
        builder.Property(c => c.LifeEvent).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.IdentityDocument).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.IdentityNumberLast4).HasMaxLength(4);
        builder.Property(c => c.PreApplicationReference).HasMaxLength(40);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => new { s.TenantId, s.CaseId }).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Steps).AutoInclude();
    }
}
