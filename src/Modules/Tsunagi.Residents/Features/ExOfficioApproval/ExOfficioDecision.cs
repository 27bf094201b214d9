namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>The outcome of deciding a request: approved (the register changed) or rejected.</summary>
public sealed record ExOfficioDecision(Guid RequestId, Guid ResidentId, bool Approved);
