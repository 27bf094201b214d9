using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.FeeSchedule;

public sealed record FeeEntryCommand(CertificateType Type, long FeePerCopy, DateOnly EffectiveFrom);
