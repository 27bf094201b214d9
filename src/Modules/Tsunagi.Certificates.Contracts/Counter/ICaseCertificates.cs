namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>
/// What the one-stop counter may ask of the certificates module: issue a certificate for a case's visitor and collect
/// the fees of several issuances on one receipt. The certificates module keeps its own rules, fee table, 支援措置 checks,
/// audit and number sequences; the counter never sees its tables. Both calls are idempotent on the key.
/// </summary>
public interface ICaseCertificates
{
    Task<CaseCertificateOutcome> IssueAsync(CaseCertificateRequest request, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The issuances among <paramref name="issuanceIds"/> whose fee is still to be collected (not voided, fee above 0).</summary>
    Task<IReadOnlyList<CaseDocumentFee>> UnpaidAsync(IReadOnlyCollection<Guid> issuanceIds, CancellationToken cancellationToken = default);

    Task<CaseCollectionOutcome> CollectAsync(IReadOnlyList<Guid> issuanceIds, long tendered, string idempotencyKey, CancellationToken cancellationToken = default);
}
