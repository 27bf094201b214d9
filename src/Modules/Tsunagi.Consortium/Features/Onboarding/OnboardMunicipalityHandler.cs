using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>
/// Onboards a municipality into the operator's consortium: every <see cref="IOnboardingStep"/> (directory row, data key,
/// number series, roles, administrator invitation) runs in the new town's tenant scope in ONE transaction, so on
/// PostgreSQL row-level security accepts the new rows and a failure leaves nothing behind. Settings are not copied:
/// the town inherits national and prefectural values. Audited in the town's chain (with the change) and the consortium's.
/// </summary>
public sealed class OnboardMunicipalityHandler(
    IServiceProvider services,
    PlatformDbContext db,
    ITenantContext tenant,
    AuditTrail audit,
    LocalGovernmentMaster master,
    IWriteAvailability availability,
    TimeProvider time)
{
    public const string Action = "municipality.onboard";

    public async Task<OnboardingResult> HandleAsync(OnboardMunicipalityCommand command, CancellationToken cancellationToken = default)
    {
        if (tenant.Kind != TenantKind.Consortium)
        {
            throw new InvalidOperationException("Only a consortium's operator onboards municipalities.");
        }

        var errors = OnboardMunicipalityValidator.Validate(command, master, out var entry);
        if (errors.Count > 0 || entry is null)
        {
            return OnboardingResult.Refused(errors);
        }

        if (await IsMemberAsync(entry.Code, cancellationToken))
        {
            return AlreadyMember(entry);
        }

        if (await availability.CurrentAsync(cancellationToken) is var state and not WriteAvailability.Available)
        {
            throw new WritesUnavailableException(state);
        }

        var context = new OnboardingContext(entry, tenant.TenantId, command.AdministratorEmail!.Trim(), time.GetUtcNow());
        try
        {
            await services.InTenantScopeAsync(entry.Code, TenantKind.Municipality, sp => RunStepsAsync(sp, context, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Another operator onboarded it at the same moment: ours rolled back whole.
            if (await IsMemberAsync(entry.Code, CancellationToken.None))
            {
                return AlreadyMember(entry);
            }

            throw;
        }

        await audit.RecordAsync(new AuditEntry(Action, "municipality", entry.Code), cancellationToken);
        return OnboardingResult.Done(new OnboardedMunicipality(
            entry.Code, entry.FullName, context.InvitationToken!.Value, context.StartedAt + StaffInvitations.DefaultLifetime));
    }

    private static async Task<bool> RunStepsAsync(IServiceProvider scope, OnboardingContext context, CancellationToken cancellationToken)
    {
        var platform = scope.GetRequiredService<PlatformDbContext>();
        await using var transaction = await platform.Database.BeginTransactionAsync(cancellationToken);
        foreach (var step in scope.GetServices<IOnboardingStep>().OrderBy(s => s.Order))
        {
            await step.RunAsync(context, scope, cancellationToken);
        }

        await scope.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry(Action, "municipality", context.Municipality.Code), cancellationToken);
        await platform.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    private Task<bool> IsMemberAsync(string code, CancellationToken cancellationToken) =>
        db.Municipalities.AsNoTracking().AnyAsync(m => m.Code == code, cancellationToken);

    private static OnboardingResult AlreadyMember(LocalGovernmentEntry entry) =>
        OnboardingResult.Refused(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["code"] = $"団体コード：{entry.FullName}（{entry.Code}）はすでに共同利用団体に加入しています。",
        });
}
