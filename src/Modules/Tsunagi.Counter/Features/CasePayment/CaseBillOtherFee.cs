namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>A fee of a non-certificate procedure of the case: collected by its department (「各課で収納」), not at this payment.</summary>
public sealed record CaseBillOtherFee(Guid StepId, string ProcedureName, string Department, long Fee);
