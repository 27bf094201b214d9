using Tsunagi.Consortium.Data;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>利用開始: the operator declares a municipality in onboarding ready; from then on its users are served.</summary>
public sealed class ActivateMunicipalityHandler(MemberLookup members, UnitOfWork unitOfWork, ConsortiumDbContext module, AuditTrail audit)
{
    public const string Action = "municipality.activate";

    /// <summary>False when the municipality is not this consortium's or not in onboarding (nothing changed).</summary>
    public Task<bool> HandleAsync(string code, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(module, async ct =>
        {
            var municipality = await members.FindAsync(code, ct);
            if (municipality is not { Status: MunicipalityStatus.Onboarding })
            {
                return false;
            }

            municipality.Activate();
            await audit.AppendAsync(new AuditEntry(Action, "municipality", municipality.Code), ct);
            return true;
        }, cancellationToken);
}
