using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Issue;

namespace Tsunagi.Certificates.Features.Download;

/// <summary>An issuance without personal data: what was issued, when, where, for how much, and whether it was paid.</summary>
public sealed record IssuanceMetadata(
    Guid Id,
    string Number,
    string Type,
    string Status,
    DateOnly IssuedOn,
    DateTimeOffset IssuedAt,
    string Counter,
    int Copies,
    long FeePerCopy,
    long Fee,
    string? FeeExemption,
    bool Paid,
    Guid? ReceiptId,
    string VerificationCode,
    string ContentHash,
    int PageCount,
    int ReprintCount)
{
    public static IssuanceMetadata Of(Issuance issuance)
    {
        ArgumentNullException.ThrowIfNull(issuance);
        return new(
            issuance.Id, issuance.Number, IssueApiNames.NameOf(issuance.Type), issuance.Status == IssuanceStatus.Voided ? "voided" : "issued",
            issuance.IssuedOn, issuance.IssuedAt, issuance.Counter, issuance.Copies, issuance.FeePerCopy, issuance.FeeTotal, issuance.FeeExemption,
            issuance.ReceiptId is not null, issuance.ReceiptId, issuance.VerificationCode, issuance.ContentHash, issuance.PageCount, issuance.ReprintCount);
    }
}
