namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>The answer to a fee change: the pending change request another administrator decides on /settings/requests.</summary>
public sealed record FeeChangeRequested(Guid RequestId, string Status, string Type, long FeePerCopy, DateOnly EffectiveFrom);
