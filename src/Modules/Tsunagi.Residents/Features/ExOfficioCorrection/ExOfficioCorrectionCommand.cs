using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary>A parsed 職権修正 request.</summary>
public sealed record ExOfficioCorrectionCommand(Guid ResidentId, int Version, DateOnly EffectiveOn, string Reason, AmendedItems Items);
