namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>The certificates page's case: reception number, whether it is open, the subject from the register and the documents so far.</summary>
public sealed record CaseCertificatesPageView(Guid CaseId, string ReceptionNumber, bool IsOpen, IReadOnlyList<CaseSubjectPerson> Subject, IReadOnlyList<CaseDocument> Documents);
