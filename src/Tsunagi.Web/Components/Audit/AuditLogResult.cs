using Tsunagi.Platform.Auditing;

namespace Tsunagi.Web.Components.Audit;

/// <summary>One page of the audit log, newest first, with the user names of the staff members who acted.</summary>
public sealed record AuditLogResult(IReadOnlyList<AuditEvent> Events, int TotalCount, int PageNumber, int PageCount, IReadOnlyDictionary<string, string> StaffUserNames)
{
    public int FirstNumber => TotalCount == 0 ? 0 : ((PageNumber - 1) * AuditLogSearch.PageSize) + 1;

    public int LastNumber => FirstNumber == 0 ? 0 : FirstNumber + Events.Count - 1;
}
