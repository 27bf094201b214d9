using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Security;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// 住民検索 for the counter page and the API. Every condition is a prefix or exact match on an indexed column
/// (StartsWith becomes <c>LIKE 'x%'</c>), never a function over a column. Each search is audited without its terms.
/// </summary>
public sealed class ResidentSearch(
    ResidentsDbContext db,
    AuditTrail audit,
    PersonalDataProtector protector,
    ViewerPermissions viewer,
    AddressRestrictions restrictions,
    TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<ResidentSearchResult> SearchAsync(ResidentSearchCriteria criteria, int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        page = Math.Max(1, page);
        await audit.RecordAsync(new AuditEntry("residents.search", "query", $"fields={criteria.Fields};page={page}"), cancellationToken);
        var query = await FilterAsync(criteria, cancellationToken);
        var total = await query.LongCountAsync(cancellationToken);
        var found = await query.OrderBy(r => r.KanaKey).ThenBy(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
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

        return new ResidentSearchResult(rows, page, pageSize, total);
    }

    private async Task<IQueryable<Resident>> FilterAsync(ResidentSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var query = db.Residents.AsNoTracking();
        if (!(criteria.IncludeRemoved && viewer.MaySeeRemoved))
        {
            query = query.Where(r => r.Status == ResidentStatus.Registered);
        }

        if (criteria is { NameKey: { } family, GivenKey: { } given })
        {
            query = query.Where(r => (r.NameKey.StartsWith(family) && r.GivenNameKey.StartsWith(given))
                || (r.KanaKey.StartsWith(family) && r.GivenKanaKey.StartsWith(given)));
        }
        else if (criteria.NameKey is { } name)
        {
            query = query.Where(r => r.NameKey.StartsWith(name) || r.KanaKey.StartsWith(name) || r.GivenNameKey.StartsWith(name) || r.GivenKanaKey.StartsWith(name));
        }

        if (criteria.DateOfBirth is { } born)
        {
            query = query.Where(r => r.DateOfBirth == born);
        }

        if (criteria.Address is { } address)
        {
            query = query.Where(r => r.AddressLine.StartsWith(address) || r.Locality.StartsWith(address));
            if (!viewer.MaySeeRestrictedAddresses)
            {
                // Finding a protected person by where they live would disclose the address the measure hides.
                var today = TokyoTime.Today(time);
                query = query.Where(r => !db.DisclosureRestrictions.Any(d =>
                    d.Scope != RestrictionScope.Certificates && d.StartsOn <= today && today <= d.EndsOn && (d.EndedOn == null || today <= d.EndedOn)
                    && db.Residents.Any(m => m.Id == d.ResidentId && m.HouseholdId == r.HouseholdId)));
            }
        }

        if (criteria.ResidentRecordCode is { } code)
        {
            query = query.Where(r => r.ResidentRecordCode == code);
        }

        if (criteria.IndividualNumber is { } number)
        {
            var index = await protector.BlindIndexAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken);
            query = query.Where(r => r.IndividualNumberIndex == index);
        }

        return query;
    }
}
