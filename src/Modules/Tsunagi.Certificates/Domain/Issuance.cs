using Tsunagi.Certificates.Contracts;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Domain;

/// <summary>
/// One issued certificate (証明書交付): its number (per tenant and 年度, e.g. 2026-000123), verification code, the content
/// it printed (<see cref="ContentJson"/>, the <c>CertificateContent</c> without 個人番号, for reprints and the hash), the
/// request, the fee, and the receipt that collected it. Never deleted; voiding sets <see cref="Status"/>.
/// </summary>
public sealed class Issuance : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public int FiscalYear { get; init; }

    public CertificateType Type { get; init; }

    /// <summary>The household of a 世帯連記式 copy; null for documents about chosen persons.</summary>
    public Guid? HouseholdId { get; init; }

    public IReadOnlyList<Guid> ResidentIds { get; init; } = [];

    /// <summary><see cref="CertificateOptions"/> as JSON.</summary>
    public string OptionsJson { get; init; } = "{}";

    public RequesterType RequesterType { get; init; }

    /// <summary><see cref="Requester"/> as JSON (personal data of the requester; never logged).</summary>
    public string RequesterJson { get; init; } = "{}";

    public int Copies { get; init; }

    public long FeePerCopy { get; init; }

    public long FeeTotal { get; init; }

    /// <summary>免除 reason when no fee is due (公用, 生活保護 …); null when the fee is charged.</summary>
    public string? FeeExemption { get; init; }

    /// <summary>Public code printed with the QR code; prefixed by the municipality code so the public page finds the tenant.</summary>
    public string VerificationCode { get; init; } = string.Empty;

    /// <summary>SHA-256 (hex) of the canonical content, shown by the verification page.</summary>
    public string ContentHash { get; init; } = string.Empty;

    public string ContentJson { get; init; } = "{}";

    public int PageCount { get; init; }

    public DateOnly IssuedOn { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public Guid IssuedBy { get; init; }

    /// <summary>The counter (窓口) that issued it, e.g. 「本庁舎 1番窓口」; the daily cash report groups by it.</summary>
    public string Counter { get; init; } = string.Empty;

    public string? IdempotencyKey { get; init; }

    public Guid? ReceiptId { get; set; }

    public IssuanceStatus Status { get; set; } = IssuanceStatus.Issued;

    public DateTimeOffset? VoidedAt { get; set; }

    public int ReprintCount { get; set; }

    public int Version { get; set; }
}
