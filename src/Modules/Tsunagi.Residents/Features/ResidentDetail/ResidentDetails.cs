using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>
/// Opens one person for the detail page and the API. Another town's id, or a 除票 without
/// <c>residents.removed.read</c>, is not found. A person under a 支援措置 is shown only with a 閲覧目的,
/// which is audited (<c>residents.restricted.view</c>); every view is audited (<c>residents.view</c>).
/// </summary>
public sealed class ResidentDetails(
    ResidentsDbContext db,
    AuditTrail audit,
    ViewerPermissions viewer,
    AddressRestrictions restrictions,
    IndividualNumbers individualNumbers)
{
    /// <returns>null when there is no such person for this viewer.</returns>
    public async Task<ResidentLookup?> OpenAsync(Guid id, DateOnly? asOf, string? purpose, CancellationToken cancellationToken = default)
    {
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (resident is null || (resident.IsRemoved && !viewer.MaySeeRemoved))
        {
            return null;
        }

        var underMeasure = (await restrictions.RestrictedHouseholdsAsync([resident.HouseholdId], cancellationToken)).Contains(resident.HouseholdId);
        if (underMeasure && purpose is null)
        {
            return new ResidentLookup(null, PurposeRequired: true);
        }

        await audit.RecordAsync(new AuditEntry("residents.view", "resident", id.ToString()), cancellationToken);
        if (underMeasure)
        {
            await audit.RecordAsync(new AuditEntry("residents.restricted.view", "resident", id.ToString(), Purpose: purpose), cancellationToken);
        }

        var hideAddress = underMeasure && !viewer.MaySeeRestrictedAddresses;
        var changes = await db.ResidencyChanges.AsNoTracking().Where(c => c.ResidentId == id).ToListAsync(cancellationToken);
        var newestFirst = changes.OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Sequence).ToList();
        var (record, statusOnDate) = asOf is { } day
            ? newestFirst.FirstOrDefault(c => c.EffectiveOn <= day) is { } inForce ? (inForce.Record, inForce.StatusAfter) : ((ResidentRecord?)null, (ResidentStatus?)null)
            : (resident.Record, resident.Status);
        var members = asOf is null ? await MembersAsync(resident.HouseholdId, cancellationToken) : [];
        var number = await individualNumbers.ReadAsync(resident, cancellationToken);
        return new ResidentLookup(
            new ResidentView(
                resident.Id, resident.Status, resident.RemovedOn, resident.RemovalKind, record, statusOnDate, asOf, underMeasure, hideAddress,
                number?.Masked, members, [.. newestFirst.Select(c => HistoryEntryView.From(c, hideAddress))]),
            PurposeRequired: false);
    }

    private async Task<IReadOnlyList<HouseholdMemberView>> MembersAsync(Guid householdId, CancellationToken cancellationToken)
    {
        var members = await db.Residents.AsNoTracking()
            .Where(r => r.HouseholdId == householdId && r.Status == ResidentStatus.Registered)
            .ToListAsync(cancellationToken);
        return [.. members
            .OrderBy(m => m.Relationship == Relationships.Head ? 0 : 1).ThenBy(m => m.DateOfBirth)
            .Select(m => new HouseholdMemberView(m.Id, m.Record.Name.Full, m.Record.Name.FullKana, m.Relationship, m.DateOfBirth))];
    }
}
