using Tsunagi.Certificates.Content;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.Fees;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>A request that passed every check: what will print, where, the fee, and the page count of one copy.</summary>
public sealed record PreparedIssue(
    IssueCertificateCommand Command,
    IssueSubjectRecords Subjects,
    CertificatePrintedItems Items,
    CertificatePrintSettings Settings,
    string MunicipalityName,
    string Counter,
    FeeCalculatorResult Fee,
    DateOnly IssuedOn,
    int PageCount);
