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
/// (prefixes as key ranges), never a function over a column. Each search is audited without its terms.
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

    /// <summary>The largest code point: every key that starts with a prefix sorts below prefix + this.</summary>
    private static readonly string PrefixEnd = char.ConvertFromUtf32(0x10FFFF);

    private async Task<IQueryable<Resident>> FilterAsync(ResidentSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var query = db.Residents.AsNoTracking();
        if (!(criteria.IncludeRemoved && viewer.MaySeeRemoved))
        {
            query = query.Where(r => r.Status == ResidentStatus.Registered);
        }

        // Prefixes as key ranges [p, p + U+10FFFF): an index range scan on SQLite (where LIKE 'p%' never uses an
        // index) and on PostgreSQL (key columns in the C collation). See docs/benchmarks/residents.md.
        if (criteria is { NameKey: { } family, GivenKey: { } given })
        {
            var (familyEnd, givenEnd) = (family + PrefixEnd, given + PrefixEnd);
            query = query.Where(r => (string.Compare(r.NameKey, family) >= 0 && string.Compare(r.NameKey, familyEnd) < 0 && string.Compare(r.GivenNameKey, given) >= 0 && string.Compare(r.GivenNameKey, givenEnd) < 0)
                || (string.Compare(r.KanaKey, family) >= 0 && string.Compare(r.KanaKey, familyEnd) < 0 && string.Compare(r.GivenKanaKey, given) >= 0 && string.Compare(r.GivenKanaKey, givenEnd) < 0));
        }
        else if (criteria.NameKey is { } name)
        {
            var end = name + PrefixEnd;
            query = query.Where(r => (string.Compare(r.NameKey, name) >= 0 && string.Compare(r.NameKey, end) < 0)
                || (string.Compare(r.KanaKey, name) >= 0 && string.Compare(r.KanaKey, end) < 0)
                || (string.Compare(r.GivenNameKey, name) >= 0 && string.Compare(r.GivenNameKey, end) < 0)
                || (string.Compare(r.GivenKanaKey, name) >= 0 && string.Compare(r.GivenKanaKey, end) < 0));
        }

        if (criteria.DateOfBirth is { } born)
        {
            query = query.Where(r => r.DateOfBirth == born);
        }

        if (criteria.Address is { } address)
        {
            var addressEnd = address + PrefixEnd;
            query = query.Where(r => (string.Compare(r.AddressLine, address) >= 0 && string.Compare(r.AddressLine, addressEnd) < 0)
                || (string.Compare(r.Locality, address) >= 0 && string.Compare(r.Locality, addressEnd) < 0));
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
