using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Verification;

/// <summary>Every tenant's audit hash chain in the copy, recomputed with the same verifier as verify-audit.</summary>
public static class AuditChainCheck
{
    public static async Task<(IReadOnlyList<VerificationFinding> Findings, int Tenants)> CheckAsync(CopyConnection copy, CancellationToken cancellationToken)
    {
        IReadOnlyList<TenantChoice> tenants;
        await using (var directory = copy.PlatformContext(new TenantContext()))
        {
            tenants = await new TenantDirectory(directory).AllTenantsAsync(cancellationToken);
        }

        var findings = new List<VerificationFinding>();
        foreach (var tenant in tenants)
        {
            var context = new TenantContext();
            context.Resolve(tenant.TenantId, tenant.Kind);
            await using var db = copy.PlatformContext(context);
            var result = await new AuditChainVerifier(db, context).VerifyAsync(tenant.TenantId, cancellationToken);
            if (!result.IsIntact)
            {
                findings.Add(new VerificationFinding(true,
                    $"監査ログ {tenant.TenantId}: 連番 {result.BrokenAtSequence} で破損（{result.Problem}） / audit chain {tenant.TenantId} broken at sequence {result.BrokenAtSequence} ({result.Problem})"));
            }
        }

        return (findings, tenants.Count);
    }
}
