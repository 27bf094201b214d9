namespace Tsunagi.Residents.Features.DisclosureRestrictions;

public sealed record RestrictionCreated(Guid Id, DateOnly StartsOn, DateOnly EndsOn);
