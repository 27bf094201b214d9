using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>A checked fee change: one type's fee per copy from a 施行日, and why (shown to the approving administrator).</summary>
public sealed record FeeEntryCommand(CertificateType Type, long FeePerCopy, DateOnly EffectiveFrom, string Reason);
