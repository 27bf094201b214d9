using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Features.Reception;

/// <summary>A checked reception: what the case opens with (the household may still be completed from the register or the draft).</summary>
public sealed record ReceptionCommand(
    string Area,
    LifeEvent LifeEvent,
    DateOnly EventDate,
    IdentityDocument IdentityDocument,
    string IdentityNumberLast4,
    Guid? ResidentId,
    string? PreApplicationReference,
    bool FromAbroad,
    IReadOnlyList<PersonFacts> Household);
