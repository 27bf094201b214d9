using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>Searches the national master list by name (漢字 or かな), code or prefecture; municipalities and wards only.</summary>
public static class MasterSearch
{
    public const int PageSize = 20;

    public static (IReadOnlyList<LocalGovernmentEntry> Page, int Total) Run(LocalGovernmentMaster master, string? query, int page)
    {
        ArgumentNullException.ThrowIfNull(master);
        var text = JapaneseDigits.ToAscii(query?.Trim() ?? string.Empty);
        if (text.Length == 0)
        {
            return ([], 0);
        }

        var matches = master.Entries
            .Where(e => e.Kind != LocalGovernmentKind.Prefecture)
            .Where(e => e.Code.StartsWith(text, StringComparison.Ordinal)
                || e.FullName.Contains(text, StringComparison.Ordinal)
                || e.NameKana.Contains(text, StringComparison.Ordinal))
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        var number = Math.Clamp(page, 1, Math.Max(1, (matches.Count + PageSize - 1) / PageSize));
        return (matches.Skip((number - 1) * PageSize).Take(PageSize).ToList(), matches.Count);
    }
}
