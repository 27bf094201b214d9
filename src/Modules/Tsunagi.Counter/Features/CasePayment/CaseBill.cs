namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>
/// What a case owes at the end: every unpaid document with its fee and the total (「合計」) collected here, the fees of
/// other departments' procedures collected there (「各課で収納」, not in the total) and the receipts already made.
/// </summary>
public sealed record CaseBill(
    Guid CaseId,
    string ReceptionNumber,
    IReadOnlyList<CaseBillLine> Lines,
    long Total,
    IReadOnlyList<CaseBillOtherFee> CollectedElsewhere,
    IReadOnlyList<CasePaymentResult> Receipts)
{
    public bool NothingToPay => Lines.Count == 0;
}
