namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>Issuances exempted from the fee for one reason (公用, 生活保護 …) that day.</summary>
public sealed record CashReportExemptionLine(string Reason, int Count, int Copies);
