namespace Tsunagi.Counter.Features.StaffDepartments;

/// <summary>The assignment form: the staff member; the departments come as repeated <c>department</c> checkbox values.</summary>
public sealed class StaffDepartmentsForm
{
    public Guid? StaffId { get; set; }
}
