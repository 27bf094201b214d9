using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.IndividualNumberReveal;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.RegisterExtract;

/// <summary>
/// The register as the certificates module reads it: a household or a person as of a day (除票 included), the 個人番号 and
/// the latest 転出証明書. Every answer that holds personal data is audited first, with the caller's purpose and ids only;
/// another town's id, like an unknown one, is null (the tenant filter never finds it). No viewer permission is applied:
/// the caller (証明書交付) decides who may have what and asks <see cref="IDisclosureRestrictionCheck"/> itself.
/// </summary>
public sealed class RegisterExtractService(ResidentsDbContext db, AuditTrail audit, IndividualNumbers numbers, TimeProvider time) : IRegisterExtract
{
    public const string HouseholdAction = "residents.extract.household";
    public const string PersonAction = "residents.extract.person";
    public const string MoveOutAction = "residents.extract.move-out";

    public async Task<RegisterHousehold?> HouseholdAsOfAsync(Guid householdId, DateOnly asOf, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if (!await db.Households.AnyAsync(h => h.Id == householdId, cancellationToken))
        {
            return null;
        }

        var members = await RegisterHistories.HouseholdAsync(db, householdId, asOf, TokyoTime.Today(time), cancellationToken);
        await audit.RecordAsync(new AuditEntry(HouseholdAction, "household", householdId.ToString(), Purpose: purpose), cancellationToken);
        var headName = members.FirstOrDefault(m => m.Record.IsHouseholdHead)?.Record.Name.Full;
        return new RegisterHousehold(householdId, asOf, [.. members.Select(m => RegisterPersons.From(m, headName, null))]);
    }

    public async Task<RegisterPerson?> PersonAsOfAsync(Guid residentId, DateOnly asOf, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        if ((await RegisterHistories.LoadAsync(db, [residentId], asOf, cancellationToken)).SingleOrDefault() is not { } person)
        {
            return null;
        }

        var removal = await RemovalAsync(person, cancellationToken);
        // A 除票 shows the household as it stood the day before the removal (its head may have been the person).
        var headName = await HeadNameAsync(person, removal?.EffectiveOn.AddDays(-1) ?? asOf, cancellationToken);
        await audit.RecordAsync(new AuditEntry(PersonAction, "resident", residentId.ToString(), Purpose: purpose), cancellationToken);
        return RegisterPersons.From(person, headName, removal);
    }

    public async Task<string?> IndividualNumberAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        if (resident is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(IndividualNumberRevealer.Action, "resident", residentId.ToString(), Purpose: purpose), cancellationToken);
        return (await numbers.ReadAsync(resident, cancellationToken))?.Value;
    }

    public async Task<RegisterMoveOut?> LatestMoveOutAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var history = await db.ResidencyChanges.AsNoTracking().Where(c => c.ResidentId == residentId).ToListAsync(cancellationToken);
        var certificates = await CertificatesOfAsync(residentId, history, cancellationToken);
        if (certificates.Count == 0)
        {
            return null;
        }

        var certificate = certificates[0];

        var persons = await RegisterHistories.LoadAsync(db, certificate.ResidentIds, certificate.PlannedMoveOutOn, cancellationToken);
        var headName = persons.Count == 0 ? null : await HeadNameAsync(persons[0], certificate.PlannedMoveOutOn.AddDays(-1), cancellationToken);
        var destination = new RegisterRemoval(RegisterPersons.ReasonOf(ChangeKind.MoveOut), certificate.PlannedMoveOutOn, certificate.IssuedOn, certificate.DestinationAddress);
        await audit.RecordAsync(new AuditEntry(MoveOutAction, "resident", residentId.ToString(), Purpose: purpose), cancellationToken);
        var ordered = certificate.ResidentIds.Select(id => persons.FirstOrDefault(p => p.Resident.Id == id)).OfType<MemberOnDay>();
        return new RegisterMoveOut(
            certificate.Number, certificate.IssuedOn, certificate.PlannedMoveOutOn, certificate.DestinationAddress, certificate.HouseholdId,
            [.. ordered.Select(p => RegisterPersons.From(p, headName, p.IsOnRegister ? null : destination))]);
    }

    private async Task<RegisterRemoval?> RemovalAsync(MemberOnDay person, CancellationToken cancellationToken)
    {
        if (RegisterPersons.RemovalOf(person) is not { } removal)
        {
            return null;
        }

        string? destination = null;
        if (removal.Kind == ChangeKind.MoveOut)
        {
            var certificates = await CertificatesOfAsync(person.Resident.Id, person.History, cancellationToken);
            destination = (certificates.FirstOrDefault(c => c.PlannedMoveOutOn == removal.EffectiveOn) ?? (certificates.Count > 0 ? certificates[0] : null))?.DestinationAddress;
        }

        return new RegisterRemoval(RegisterPersons.ReasonOf(removal.Kind), removal.EffectiveOn, removal.NotifiedOn, destination);
    }

    private async Task<string?> HeadNameAsync(MemberOnDay person, DateOnly day, CancellationToken cancellationToken)
    {
        var own = ResidentHistory.AsOf(person.History, day);
        if (own is { StatusAfter: ResidentStatus.Registered } && own.Record.IsHouseholdHead)
        {
            return own.Record.Name.Full;
        }

        var householdId = own?.Record.HouseholdId ?? person.Record.HouseholdId;
        var members = await RegisterHistories.HouseholdAsync(db, householdId, day, TokyoTime.Today(time), cancellationToken);
        return members.FirstOrDefault(m => m.Record.IsHouseholdHead)?.Record.Name.Full;
    }

    /// <summary>The 転出証明書 covering the resident, newest first (searched among the households its history names).</summary>
    private async Task<IReadOnlyList<MoveOutCertificate>> CertificatesOfAsync(Guid residentId, IEnumerable<ResidencyChange> history, CancellationToken cancellationToken)
    {
        var households = history.Select(c => c.Record.HouseholdId).Distinct().ToList();
        if (households.Count == 0)
        {
            return [];
        }

        var certificates = await db.MoveOutCertificates.AsNoTracking().Where(c => households.Contains(c.HouseholdId)).ToListAsync(cancellationToken);
        return [.. certificates.Where(c => c.ResidentIds.Contains(residentId)).OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number, StringComparer.Ordinal)];
    }
}
