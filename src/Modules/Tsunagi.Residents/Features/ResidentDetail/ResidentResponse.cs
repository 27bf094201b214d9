using Tsunagi.Residents.Features.Search;

namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>
/// A person's record as the API returns it (now, or as of <see cref="AsOf"/>; the items are null when the person was
/// not on the register that day). Never a 個人番号; the address reads 「支援措置のため非表示」 when hidden from the caller.
/// </summary>
public sealed record ResidentResponse(
    Guid Id,
    string Status,
    DateOnly? RemovedOn,
    DateOnly? AsOf,
    string? StatusOnDate,
    string? Name,
    string? NameKana,
    string? FormerFamilyName,
    DateOnly? DateOfBirth,
    string? Sex,
    Guid? HouseholdId,
    string? Relationship,
    string? PostalCode,
    string? Address,
    bool AddressHidden,
    DateOnly? BecameResidentOn,
    DateOnly? AddressSetOn,
    string? ResidentRecordCode,
    string? Nationality,
    string? StatusOfResidence,
    DateOnly? PeriodOfStayEndsOn,
    IReadOnlyList<string> Flags)
{
    public static ResidentResponse From(ResidentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Record;
        List<string> flags = [];
        if (view.Status == Domain.ResidentStatus.Removed)
        {
            flags.Add("removed");
        }

        if (view.UnderSupportMeasure)
        {
            flags.Add("supportMeasure");
        }

        if (r?.Foreign is not null)
        {
            flags.Add("foreignResident");
        }

        if (view.HasLateNotification)
        {
            flags.Add("lateNotification");
        }

        return new(
            view.Id, view.Status.ToString().ToLowerInvariant(), view.RemovedOn, view.AsOf, view.StatusOnDate?.ToString().ToLowerInvariant(),
            r?.Name.Full, r?.Name.FullKana, r?.FormerFamilyName, r?.DateOfBirth, r?.Sex.ToString().ToLowerInvariant(), r?.HouseholdId, r?.Relationship,
            view.AddressHidden ? null : r?.Address.PostalCode,
            r is null ? null : view.AddressHidden ? ResidentSummary.HiddenAddress : r.Address.Line,
            view.AddressHidden, r?.BecameResidentOn, r?.AddressSetOn, r?.ResidentRecordCode,
            r?.Foreign?.Nationality, r?.Foreign?.StatusOfResidence, r?.Foreign?.PeriodOfStayEndsOn, flags);
    }
}
