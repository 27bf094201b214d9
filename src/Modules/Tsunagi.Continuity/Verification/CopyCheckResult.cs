namespace Tsunagi.Continuity.Verification;

/// <summary>The findings on one restored copy and how much was checked.</summary>
public sealed record CopyCheckResult(IReadOnlyList<VerificationFinding> Findings, int TablesCompared, int TenantsVerified)
{
    public bool Passed => !Findings.Any(f => f.Fails);
}
