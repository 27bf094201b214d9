using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary>A 支援措置 of <see cref="FakeRegister"/> blocks everyone but the protected person.</summary>
public sealed class FakeRestrictionCheck(FakeRegister register) : IDisclosureRestrictionCheck
{
    public Task<bool> IsIssuanceBlockedAsync(Guid residentId, Guid? requesterResidentId, DateOnly on, CancellationToken cancellationToken = default) =>
        Task.FromResult(register.IsProtected(residentId) && requesterResidentId != residentId);
}
