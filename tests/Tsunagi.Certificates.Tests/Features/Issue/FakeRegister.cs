using System.Collections.Concurrent;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary>
/// The register as the certificates module sees it through its contracts, held in memory per municipality, until the
/// residents module's extract is merged: households, persons, 個人番号, 支援措置 and 転出届.
/// </summary>
public sealed class FakeRegister
{
    private readonly ConcurrentDictionary<(string Tenant, Guid Household), IReadOnlyList<RegisterPerson>> _households = new();
    private readonly ConcurrentDictionary<(string Tenant, Guid Resident), RegisterPerson> _persons = new();
    private readonly ConcurrentDictionary<Guid, string> _numbers = new();
    private readonly ConcurrentDictionary<Guid, bool> _protected = new();

    public ConcurrentQueue<string> Reads { get; } = new();

    public Guid AddHousehold(string tenantId, params RegisterPerson[] members)
    {
        var householdId = Guid.CreateVersion7();
        var placed = members.Select(m => m with { HouseholdId = householdId }).ToList();
        _households[(tenantId, householdId)] = placed;
        foreach (var person in placed)
        {
            _persons[(tenantId, person.ResidentId)] = person;
        }

        return householdId;
    }

    public IReadOnlyList<RegisterPerson> Members(string tenantId, Guid householdId) => _households[(tenantId, householdId)];

    public void SetIndividualNumber(Guid residentId, string number) => _numbers[residentId] = number;

    public void RemoveIndividualNumber(Guid residentId) => _numbers.TryRemove(residentId, out _);

    public void Protect(Guid residentId) => _protected[residentId] = true;

    internal RegisterHousehold? Household(string tenantId, Guid householdId, DateOnly asOf) =>
        _households.TryGetValue((tenantId, householdId), out var members) ? new RegisterHousehold(householdId, asOf, members) : null;

    internal RegisterPerson? Person(string tenantId, Guid residentId) => _persons.GetValueOrDefault((tenantId, residentId));

    internal string? Number(Guid residentId) => _numbers.GetValueOrDefault(residentId);

    internal bool IsProtected(Guid residentId) => _protected.ContainsKey(residentId);
}
