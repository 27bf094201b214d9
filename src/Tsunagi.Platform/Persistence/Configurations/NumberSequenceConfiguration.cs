using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Platform.Sequences;

namespace Tsunagi.Platform.Persistence.Configurations;

internal sealed class NumberSequenceConfiguration : IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<NumberSequence> builder)
    {
        builder.ToTable("number_sequences");
        builder.HasKey(s => new { s.TenantId, s.Name, s.FiscalYear });
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.LastValue).IsConcurrencyToken();
    }
}
