namespace Tsunagi.Counter.Features.CasePayment;

/// <summary><c>POST /api/v1/counter/cases/{id}/payment</c>: the cash handed over (預かり金, yen).</summary>
public sealed class CasePaymentInput
{
    public long? Tendered { get; set; }
}
