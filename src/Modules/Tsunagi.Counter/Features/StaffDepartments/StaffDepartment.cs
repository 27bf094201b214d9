using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Features.StaffDepartments;

/// <summary>A staff member belongs to a department (担当課) of the counter's procedures: its inbox is theirs.</summary>
public sealed class StaffDepartment : ITenantOwned
{
    public const int MaxDepartmentLength = 60;

    public string TenantId { get; set; } = string.Empty;

    public Guid StaffId { get; init; }

    public string Department { get; init; } = string.Empty;

    public DateTimeOffset AssignedAt { get; init; }

    public Guid AssignedBy { get; init; }
}
