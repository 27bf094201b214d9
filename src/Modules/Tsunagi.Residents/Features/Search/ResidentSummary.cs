using Tsunagi.Platform.Japanese;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// One search result as the API returns it. Never a 個人番号; <see cref="Address"/> reads 「支援措置のため非表示」
/// when a support measure hides it from the caller (<see cref="AddressHidden"/>).
/// </summary>
public sealed record ResidentSummary(
    Guid Id,
    string Name,
    string NameKana,
    DateOnly DateOfBirth,
    string DateOfBirthWareki,
    string Sex,
    string Address,
    bool AddressHidden,
    Guid HouseholdId,
    string? HouseholdHeadName,
    string Status,
    IReadOnlyList<string> Flags)
{
    public const string HiddenAddress = "支援措置のため非表示";

    public static ResidentSummary From(ResidentSearchRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        List<string> flags = [];
        if (row.Status == Domain.ResidentStatus.Removed)
        {
            flags.Add("removed");
        }

        if (row.UnderSupportMeasure)
        {
            flags.Add("supportMeasure");
        }

        if (row.ForeignResident)
        {
            flags.Add("foreignResident");
        }

        return new(row.Id, row.Name, row.NameKana, row.DateOfBirth, JapaneseEraDateFormat.Format(row.DateOfBirth), row.Sex.ToString().ToLowerInvariant(),
            row.AddressHidden ? HiddenAddress : row.Address ?? string.Empty, row.AddressHidden, row.HouseholdId, row.HouseholdHeadName,
            row.Status.ToString().ToLowerInvariant(), flags);
    }
}
