using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// 住民検索 for the counter page and the API. Every condition is a prefix or exact match on an indexed column
/// (prefixes as key ranges), never a function over a column. Each search is audited without its terms.
/// </summary>
public sealed class ResidentSearch(
    ResidentsDbContext db,
    AuditTrail audit,
    ViewerPermissions viewer,
    AddressRestrictions restrictions,
    ResidentSearchFilter filter)
{
    public const int PageSize = 50;

    /// <summary>
    /// A search counts at most this many matches (「1,000件以上」) and pages only through them: counting or sorting
    /// every 佐藤 of a large town is what made a search slow (docs/benchmarks/residents.md).
    /// </summary>
    public const int CountCap = 1000;

    public async Task<ResidentSearchResult> SearchAsync(ResidentSearchCriteria criteria, int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        page = Math.Max(1, page);
        await audit.RecordAsync(new AuditEntry("residents.search", "query", $"fields={criteria.Fields};page={page}"), cancellationToken);
        var matches = await filter.MatchesAsync(criteria, cancellationToken);
        // One bounded query answers both the count and the page: the first CountCap + 1 matches in reading order.
        var keys = await matches.OrderBy(k => k.KanaKey).ThenBy(k => k.Id).Take(CountCap + 1).Select(k => k.Id).ToListAsync(cancellationToken);
        var total = Math.Min(keys.Count, CountCap);
        var ids = keys.Take(total).Skip((int)Math.Min((long)(page - 1) * pageSize, total)).Take(pageSize).ToList();
        var found = await RowsAsync(ids, cancellationToken);
        var householdIds = found.Select(r => r.HouseholdId).Distinct().ToList();
        var heads = await db.Residents.AsNoTracking()
            .Where(r => householdIds.Contains(r.HouseholdId) && r.Relationship == Relationships.Head && r.Status == ResidentStatus.Registered)
            .Select(r => new { r.HouseholdId, r.FamilyName, r.GivenName })
            .ToListAsync(cancellationToken);
        var headNames = heads.GroupBy(h => h.HouseholdId).ToDictionary(g => g.Key, g => $"{g.First().FamilyName}　{g.First().GivenName}");
        var restricted = await restrictions.RestrictedHouseholdsAsync(householdIds, cancellationToken);
        var rows = new List<ResidentSearchRow>(found.Count);
        foreach (var r in found)
        {
            var underMeasure = restricted.Contains(r.HouseholdId);
            var hidden = underMeasure && !viewer.MaySeeRestrictedAddresses;
            if (underMeasure && !hidden)
            {
                await audit.RecordAsync(new AuditEntry("residents.restricted.view", "resident", r.Id.ToString(), Purpose: "住民検索"), cancellationToken);
            }

            rows.Add(new ResidentSearchRow(
                r.Id, $"{r.FamilyName}　{r.GivenName}", $"{r.FamilyNameKana}　{r.GivenNameKana}", r.DateOfBirth, r.Record.Sex,
                hidden ? null : r.AddressLine, hidden, r.HouseholdId, headNames.GetValueOrDefault(r.HouseholdId), r.Status, underMeasure, r.Record.Foreign is not null));
        }

        return new ResidentSearchResult(rows, page, pageSize, total, keys.Count > CountCap);
    }

    private async Task<List<Resident>> RowsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. ids.Select(id => rows[id])];
    }
}
