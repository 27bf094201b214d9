using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>
/// One 職権 request as lists and the API show it: kind, who asked and when, the 異動日 and reason, and the decision.
/// No item of the person's record (those are on the request's own page, audited).
/// </summary>
public sealed record ExOfficioRequestItem(
    Guid Id,
    Guid ResidentId,
    string Kind,
    string Status,
    DateOnly EffectiveOn,
    string Reason,
    string RequestedBy,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DecisionReason)
{
    public static ExOfficioRequestItem Of(ExOfficioRequest request, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(names);
        return new(
            request.Id,
            request.ResidentId,
            ExOfficioKinds.NameOf(request.Kind),
            ExOfficioStatuses.NameOf(request.Status),
            request.EffectiveOn,
            request.Reason,
            request.RequestedBy,
            names.GetValueOrDefault(request.RequestedBy, request.RequestedBy),
            request.RequestedAt,
            request.DecidedBy,
            request.DecidedBy is { } decidedBy ? names.GetValueOrDefault(decidedBy, decidedBy) : null,
            request.DecidedAt,
            request.DecisionReason);
    }
}
