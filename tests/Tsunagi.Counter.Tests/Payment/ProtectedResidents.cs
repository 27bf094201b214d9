using System.Collections.Concurrent;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Counter.Tests.Payment;

/// <summary>支援措置 on the residents in the set: issuance about them is blocked for everyone but themselves.</summary>
internal sealed class ProtectedResidents(ConcurrentDictionary<Guid, bool> protectedResidents) : IDisclosureRestrictionCheck
{
    public Task<bool> IsIssuanceBlockedAsync(Guid residentId, Guid? requesterResidentId, DateOnly on, CancellationToken cancellationToken = default) =>
        Task.FromResult(protectedResidents.ContainsKey(residentId) && requesterResidentId != residentId);
}
