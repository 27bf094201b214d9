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
        // The search's audit event commits on a connection of its own while the page is read on this one: the commit
        // (an fsync on SQLite, the standby's acknowledgement on PostgreSQL) no longer adds to the reads. Nothing is
        // returned until the event is durable; if it cannot be recorded the search fails.
        var audited = audit.RecordOnOwnConnectionAsync(new AuditEntry("residents.search", "query", $"fields={criteria.Fields};page={page}"), cancellationToken);
        var read = ReadAsync(criteria, page, pageSize, cancellationToken);
        await Task.WhenAll(audited, read);
        return await read;
    }

    private async Task<ResidentSearchResult> ReadAsync(ResidentSearchCriteria criteria, int page, int pageSize, CancellationToken cancellationToken)
    {
        // One connection for all the reads: on PostgreSQL every open and close is a round trip that sets or clears the
        // tenant for row-level security, on SQLite a round of pragmas.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await PageAsync(criteria, page, pageSize, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<ResidentSearchResult> PageAsync(ResidentSearchCriteria criteria, int page, int pageSize, CancellationToken cancellationToken)
    {
        var matches = await filter.MatchesAsync(criteria, cancellationToken);
        // One bounded query answers both the count and the page: the first CountCap + 1 matches in reading order.
        var keys = await matches.OrderBy(k => k.KanaKey).ThenBy(k => k.Id).Take(CountCap + 1).Select(k => k.Id).ToListAsync(cancellationToken);
        var total = Math.Min(keys.Count, CountCap);
        var ids = keys.Take(total).Skip((int)Math.Min((long)(page - 1) * pageSize, total)).Take(pageSize).ToList();
        var found = await RowsAsync(ids, cancellationToken);
        var restricted = await restrictions.RestrictedHouseholdsAsync([.. found.Select(r => r.HouseholdId).Distinct()], cancellationToken);
        var rows = new List<ResidentSearchRow>(found.Count);
        foreach (var r in found)
        {
            var underMeasure = restricted.Contains(r.HouseholdId);
            var hidden = underMeasure && !viewer.MaySeeRestrictedAddresses;
            if (underMeasure && !hidden)
            {
                await audit.RecordAsync(new AuditEntry("residents.restricted.view", "resident", r.Id.ToString(), Purpose: "住民検索"), cancellationToken);
            }

            var record = r.Record();
            rows.Add(new ResidentSearchRow(
                r.Id, $"{r.FamilyName}　{r.GivenName}", $"{r.FamilyNameKana}　{r.GivenNameKana}", r.DateOfBirth, record.Sex,
                hidden ? null : r.AddressLine, hidden, r.HouseholdId, r.HouseholdHeadName, r.Status, underMeasure, record.Foreign is not null));
        }

        return new ResidentSearchResult(rows, page, pageSize, total, keys.Count > CountCap);
    }

    /// <summary>The page's residents in the order of <paramref name="ids"/>, each with its household head's name, in one query.</summary>
    private async Task<List<ResidentSearchPageRow>> RowsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.Residents
            .Where(r => ids.Contains(r.Id))
            .Select(r => new ResidentSearchPageRow(
                r.Id, r.FamilyName, r.GivenName, r.FamilyNameKana, r.GivenNameKana, r.DateOfBirth, r.RecordJson, r.AddressLine, r.HouseholdId, r.Status,
                db.Residents
                    .Where(h => h.HouseholdId == r.HouseholdId && h.Relationship == Relationships.Head && h.Status == ResidentStatus.Registered)
                    .Select(h => h.FamilyName + "　" + h.GivenName)
                    .FirstOrDefault()))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. ids.Select(id => rows[id])];
    }
}
