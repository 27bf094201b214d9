namespace Tsunagi.Web.Components.Staff;

/// <summary>One staff member as the administrator's list shows them; role names are the stored role names (administrator, …).</summary>
public sealed record StaffListRow(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool SecondFactorEnabled, DateTimeOffset? LockedOutUntil);
