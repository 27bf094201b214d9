namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>The state of a void request after a step: <c>pending</c>, <c>approved</c> or <c>rejected</c>, and the refund (approved and paid only).</summary>
public sealed record VoidOutcome(Guid RequestId, Guid IssuanceId, string Status, long RefundAmount, DateOnly? RefundOn);
