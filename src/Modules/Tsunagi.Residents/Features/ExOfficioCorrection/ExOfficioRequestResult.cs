namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary>The prepared request, waiting for a second staff member.</summary>
public sealed record ExOfficioRequestResult(Guid RequestId, Guid ResidentId, string Kind);
