using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Data.Configurations;

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> builder)
    {
        builder.ToTable("counter_case_steps");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.HasIndex(s => new { s.TenantId, s.CaseId, s.Position }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.Department, s.State, s.CreatedAt });
        builder.Property(s => s.ProcedureCode).HasMaxLength(60);
        builder.Property(s => s.ProcedureName).HasMaxLength(100);
        builder.Property(s => s.Department).HasMaxLength(60);
        builder.Property(s => s.SuggestionReason).HasMaxLength(300);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.StateReason).HasMaxLength(CaseStep.MaxReasonLength);
    }
}
