namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>One document on the bill or the receipt: issuance, number, type (API name and Japanese), copies, fee per copy, amount.</summary>
public sealed record CaseBillLine(Guid IssuanceId, string Number, string Type, string TypeName, int Copies, long FeePerCopy, long Amount);
