namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>The receipt made, or the refusal (預かり金 short, already paid, voided …) with its messages; nothing collected then.</summary>
public sealed record CaseCollectionOutcome(CaseReceipt? Receipt, IReadOnlyList<CaseCertificateProblem> Problems)
{
    public bool Succeeded => Receipt is not null;
}
