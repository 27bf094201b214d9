using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>One 異動 as the API returns it: kind as a code and in Japanese, dates in ISO 8601, the late flag.</summary>
public sealed record HistoryItem(
    int Sequence,
    string Kind,
    string KindJa,
    string Origin,
    DateOnly EffectiveOn,
    DateOnly NotifiedOn,
    bool LateNotification,
    string StatusAfter,
    string? Address)
{
    public static HistoryItem From(HistoryEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.Kind.ToString(), ProblemText.Get("Change." + entry.Kind, ProblemText.Japanese), entry.Origin.ToString(),
            entry.EffectiveOn, entry.NotifiedOn, entry.LateNotification, entry.StatusAfter.ToString().ToLowerInvariant(), entry.Address ?? ResidentSummary.HiddenAddress);
    }
}
