using System.ComponentModel.DataAnnotations;
using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>
/// 手数料: the setting <c>certificates.fees</c>, the whole table in force from a date. A type missing from the table has no fee
/// (issuing it is refused until one is set); a revision replaces the whole table from its 施行日.
/// </summary>
public sealed record CertificateFees([property: MinLength(1)] IReadOnlyList<CertificateFee> Fees)
{
    public const int MaxFeePerCopy = 100_000;

    public long? FeeFor(CertificateType type) => Fees.FirstOrDefault(f => f.Type == type)?.FeePerCopy;

    /// <summary>The same table with one type's fee set (added when the type had none), in the enum's order.</summary>
    public CertificateFees With(CertificateType type, long feePerCopy) =>
        new([.. Fees.Where(f => f.Type != type).Append(new CertificateFee(type, feePerCopy)).OrderBy(f => f.Type)]);
}
