using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Features.Verification;

/// <summary>Issued certificates written straight into a town's table (the issuance use case is built elsewhere).</summary>
internal static class VerificationIssuances
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";

    /// <summary>Names that the stored content and request hold and that the public answers must never show.</summary>
    public const string ResidentFamilyName = "𠮷野";
    public const string ResidentGivenName = "髙子";
    public const string RequesterName = "代理　太郎";

    public static async Task<Issuance> AddAsync(
        TsunagiFactory factory,
        string tenantId,
        string? verificationCode = null,
        IssuanceStatus status = IssuanceStatus.Issued,
        DateTimeOffset? voidedAt = null,
        CertificateType type = CertificateType.ResidentCopyHousehold)
    {
        var number = $"2026-{Random.Shared.Next(1, 999_999):D6}";
        var issuance = new Issuance
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            Number = number,
            FiscalYear = 2026,
            Type = type,
            ResidentIds = [Guid.CreateVersion7()],
            RequesterType = RequesterType.Agent,
            RequesterJson = $$"""{"name":"{{RequesterName}}","address":"岩手県上閉伊郡大槌町小鎚１番地"}""",
            Copies = 1,
            FeePerCopy = 300,
            FeeTotal = 300,
            VerificationCode = verificationCode ?? VerificationCode.Create(tenantId),
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.CreateVersion7().ToByteArray())),
            ContentJson = $$"""{"persons":[{"familyName":"{{ResidentFamilyName}}","givenName":"{{ResidentGivenName}}","dateOfBirth":"1980-04-01"}],"address":"岩手県上閉伊郡大槌町小鎚１番地"}""",
            PageCount = 1,
            IssuedOn = new DateOnly(2026, 11, 20),
            IssuedAt = new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero),
            IssuedBy = Guid.CreateVersion7(),
            Counter = "本庁舎 1番窓口",
            Status = status,
            VoidedAt = voidedAt,
        };
        await factory.Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<CertificatesDbContext>();
            db.Issuances.Add(issuance);
            return await db.SaveChangesAsync();
        });
        return issuance;
    }
}
