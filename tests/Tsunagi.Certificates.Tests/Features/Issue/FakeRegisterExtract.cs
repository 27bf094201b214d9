using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary><see cref="IRegisterExtract"/> over <see cref="FakeRegister"/>, answering only for the scope's municipality.</summary>
public sealed class FakeRegisterExtract(FakeRegister register, ITenantContext tenant) : IRegisterExtract
{
    public Task<RegisterHousehold?> HouseholdAsOfAsync(Guid householdId, DateOnly asOf, string purpose, CancellationToken cancellationToken = default)
    {
        register.Reads.Enqueue(purpose);
        return Task.FromResult(register.Household(tenant.TenantId, householdId, asOf));
    }

    public Task<RegisterPerson?> PersonAsOfAsync(Guid residentId, DateOnly asOf, string purpose, CancellationToken cancellationToken = default)
    {
        register.Reads.Enqueue(purpose);
        return Task.FromResult(register.Person(tenant.TenantId, residentId));
    }

    public Task<string?> IndividualNumberAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default) =>
        Task.FromResult(register.Person(tenant.TenantId, residentId) is null ? null : register.Number(residentId));

    public Task<RegisterMoveOut?> LatestMoveOutAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default) =>
        Task.FromResult<RegisterMoveOut?>(null);
}
