using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.DisclosureRestrictions;

public sealed record RestrictionCommand(DateOnly StartsOn, DateOnly EndsOn, RestrictionScope Scope, string Reason);
