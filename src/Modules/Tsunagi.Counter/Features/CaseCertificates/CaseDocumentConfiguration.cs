using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Counter.Features.CaseCertificates;

internal sealed class CaseDocumentConfiguration : IEntityTypeConfiguration<CaseDocument>
{
    public void Configure(EntityTypeBuilder<CaseDocument> builder)
    {
        builder.ToTable("counter_case_documents");
        builder.HasKey(d => new { d.TenantId, d.IssuanceId });
        builder.HasIndex(d => new { d.TenantId, d.CaseId });
        builder.Property(d => d.Number).HasMaxLength(20);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(40);
    }
}
