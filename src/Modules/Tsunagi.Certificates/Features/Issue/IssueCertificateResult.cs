namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The issued certificate: its number (2026-000123), verification code, fee (total and per copy), copies and pages.</summary>
public sealed record IssueCertificateResult(
    Guid Id,
    string Number,
    string VerificationCode,
    long Fee,
    long FeePerCopy,
    int Copies,
    int PageCount,
    string? FeeExemption);
