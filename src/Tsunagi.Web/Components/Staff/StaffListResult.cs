namespace Tsunagi.Web.Components.Staff;

public sealed record StaffListResult(IReadOnlyList<StaffListRow> Rows, int TotalCount, int PageNumber, int PageCount)
{
    public int FirstNumber => TotalCount == 0 ? 0 : ((PageNumber - 1) * StaffListQuery.PageSize) + 1;

    public int LastNumber => FirstNumber == 0 ? 0 : FirstNumber + Rows.Count - 1;
}
