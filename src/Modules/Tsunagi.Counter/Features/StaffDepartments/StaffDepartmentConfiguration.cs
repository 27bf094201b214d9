using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Tsunagi.Counter.Features.StaffDepartments;

internal sealed class StaffDepartmentConfiguration : IEntityTypeConfiguration<StaffDepartment>
{
    public void Configure(EntityTypeBuilder<StaffDepartment> builder)
    {
        builder.ToTable("counter_staff_departments");
        builder.HasKey(d => new { d.TenantId, d.StaffId, d.Department });
        builder.Property(d => d.Department).HasMaxLength(StaffDepartment.MaxDepartmentLength);
    }
}
