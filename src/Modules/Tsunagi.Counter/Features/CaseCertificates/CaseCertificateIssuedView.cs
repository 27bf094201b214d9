namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>A certificate issued from a case: the step it completed, the issuance, its number, type, copies and fee.</summary>
public sealed record CaseCertificateIssuedView(Guid CaseId, Guid StepId, Guid IssuanceId, string Number, string Type, string TypeName, int Copies, long Fee);
