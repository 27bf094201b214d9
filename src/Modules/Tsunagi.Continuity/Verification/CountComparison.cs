namespace Tsunagi.Continuity.Verification;

/// <summary>Expected rows (at backup time) against the rows found in the restored copy, per table and tenant.</summary>
public static class CountComparison
{
    public static IReadOnlyList<VerificationFinding> Compare(IReadOnlyList<TableCount> expected, IReadOnlyList<TableCount> actual)
    {
        var want = expected.ToDictionary(c => (c.Table, c.Tenant), c => c.Rows);
        var have = actual.ToDictionary(c => (c.Table, c.Tenant), c => c.Rows);
        var findings = new List<VerificationFinding>();
        foreach (var key in want.Keys.Union(have.Keys).OrderBy(k => k.Table, StringComparer.Ordinal).ThenBy(k => k.Tenant, StringComparer.Ordinal))
        {
            var wanted = want.GetValueOrDefault(key);
            var found = have.GetValueOrDefault(key);
            if (wanted != found)
            {
                findings.Add(new VerificationFinding(true,
                    $"件数不一致 {key.Table} 団体 {key.Tenant}: バックアップ時 {wanted} 件、復元後 {found} 件 / row count mismatch {key.Table} tenant {key.Tenant}: {wanted} at backup, {found} restored"));
            }
        }

        return findings;
    }
}
