using Tsunagi.Continuity.Export;

namespace Tsunagi.Continuity.Verification;

/// <summary>What a restored copy must show, whatever it was restored from: migrations this version can serve, the rows counted at backup time, intact audit chains.</summary>
public static class RestoredCopyChecks
{
    public static async Task<CopyCheckResult> RunAsync(CopyConnection copy, IServiceProvider scope, IReadOnlyList<TableCount> expected, CancellationToken cancellationToken)
    {
        var findings = new List<VerificationFinding>();
        IReadOnlyList<TableCount> actual;
        await using (var connection = await copy.OpenAsync(cancellationToken))
        {
            findings.AddRange(await MigrationCheck.CheckAsync(connection, scope, cancellationToken));
            actual = await RowCounter.CountAsync(connection, TenantTables.Discover(scope), cancellationToken);
        }

        findings.AddRange(CountComparison.Compare(expected, actual));
        var (audit, tenants) = await AuditChainCheck.CheckAsync(copy, cancellationToken);
        findings.AddRange(audit);
        return new CopyCheckResult(findings, actual.Select(c => c.Table).Distinct(StringComparer.Ordinal).Count(), tenants);
    }
}
