using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>
/// A person as one viewer may see them: the record now (or as of <see cref="AsOf"/>, null when not on the register
/// that day), 個人番号 masked, the address withheld under a 支援措置 for viewers without the permission.
/// </summary>
public sealed record ResidentView(
    Guid Id,
    ResidentStatus Status,
    DateOnly? RemovedOn,
    ChangeKind? RemovalKind,
    ResidentRecord? Record,
    ResidentStatus? StatusOnDate,
    DateOnly? AsOf,
    bool UnderSupportMeasure,
    bool AddressHidden,
    string? MaskedIndividualNumber,
    IReadOnlyList<HouseholdMemberView> Members,
    IReadOnlyList<HistoryEntryView> History)
{
    public bool HasLateNotification => History.Any(h => h.LateNotification);
}
