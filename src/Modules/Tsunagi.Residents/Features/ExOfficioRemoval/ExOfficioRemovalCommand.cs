namespace Tsunagi.Residents.Features.ExOfficioRemoval;

public sealed record ExOfficioRemovalCommand(Guid ResidentId, int Version, DateOnly EffectiveOn, string Reason);
