using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Security;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// The matches of a search as the keys that order them. A name matches by any of four search keys; instead of one
/// query OR-ing the four ranges (which the planner merges and must sort in full), each range is its own query on
/// its own index and the results are a UNION (a resident matched by two ranges appears once). Prefixes are key
/// ranges [p, p + U+10FFFF): an index range scan on SQLite (where LIKE 'p%' never uses an index) and on PostgreSQL
/// (key columns in the C collation). See docs/benchmarks/residents.md.
/// </summary>
public sealed class ResidentSearchFilter(ResidentsDbContext db, PersonalDataProtector protector, ViewerPermissions viewer, TimeProvider time)
{
    /// <summary>The largest code point: every key that starts with a prefix sorts below prefix + this.</summary>
    private static readonly string PrefixEnd = char.ConvertFromUtf32(0x10FFFF);

    public async Task<IQueryable<ResidentSearchKey>> MatchesAsync(ResidentSearchCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var common = await CommonAsync(criteria, cancellationToken);
        return Ranges(criteria)
            .Select(range => common.Where(range).Select(r => new ResidentSearchKey { KanaKey = r.KanaKey, Id = r.Id }))
            .Aggregate((all, next) => all.Union(next));
    }

    /// <summary>One condition per search key the name may match (one "match all" without a name).</summary>
    private static List<Expression<Func<Resident, bool>>> Ranges(ResidentSearchCriteria criteria)
    {
        if (criteria is { NameKey: { } family, GivenKey: { } given })
        {
            var (familyEnd, givenEnd) = (family + PrefixEnd, given + PrefixEnd);
            List<Expression<Func<Resident, bool>>> both =
            [
                r => string.Compare(r.NameKey, family) >= 0 && string.Compare(r.NameKey, familyEnd) < 0 && string.Compare(r.GivenNameKey, given) >= 0 && string.Compare(r.GivenNameKey, givenEnd) < 0,
            ];
            if (CouldBeReading(family) && CouldBeReading(given))
            {
                both.Add(r => string.Compare(r.KanaKey, family) >= 0 && string.Compare(r.KanaKey, familyEnd) < 0 && string.Compare(r.GivenKanaKey, given) >= 0 && string.Compare(r.GivenKanaKey, givenEnd) < 0);
            }

            return both;
        }

        if (criteria.NameKey is { } name)
        {
            var end = name + PrefixEnd;
            List<Expression<Func<Resident, bool>>> names =
            [
                r => string.Compare(r.NameKey, name) >= 0 && string.Compare(r.NameKey, end) < 0,
                r => string.Compare(r.GivenNameKey, name) >= 0 && string.Compare(r.GivenNameKey, end) < 0,
            ];
            if (CouldBeReading(name))
            {
                names.Add(r => string.Compare(r.KanaKey, name) >= 0 && string.Compare(r.KanaKey, end) < 0);
                names.Add(r => string.Compare(r.GivenKanaKey, name) >= 0 && string.Compare(r.GivenKanaKey, end) < 0);
            }

            return names;
        }

        return [r => true];
    }

    /// <summary>
    /// Whether a search key can be the start of a reading's key. Readings are kana only (the input refuses anything
    /// else), so their keys hold only katakana, the long vowel mark and combining voiced marks: a term with a kanji or
    /// a Latin letter cannot match 氏名カナ or 名カナ, and those branches are not queried. A kana term can still match
    /// 氏名 or 名 (names written in kana), so the name branches always run.
    /// </summary>
    internal static bool CouldBeReading(string key) => key.All(c => c is >= '\u30A1' and <= '\u30FF' or '\u3099' or '\u309A');

    /// <summary>Every condition but the name: status, date of birth, address, record code, 個人番号.</summary>
    private async Task<IQueryable<Resident>> CommonAsync(ResidentSearchCriteria criteria, CancellationToken cancellationToken)
    {
        var query = db.Residents.AsNoTracking();
        if (!(criteria.IncludeRemoved && viewer.MaySeeRemoved))
        {
            query = query.Where(r => r.Status == ResidentStatus.Registered);
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
