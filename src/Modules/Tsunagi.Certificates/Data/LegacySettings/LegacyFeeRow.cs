using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Data.LegacySettings;

/// <summary>A row of the former per-tenant fee table (<c>legacy_fee_schedule</c>).</summary>
public sealed record LegacyFeeRow(CertificateType Type, long FeePerCopy, DateOnly EffectiveFrom);
