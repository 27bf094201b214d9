using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>One 異動 of the history; <see cref="Address"/> is null when a 支援措置 hides it from this viewer.</summary>
public sealed record HistoryEntryView(
    int Sequence,
    ChangeKind Kind,
    ChangeOrigin Origin,
    DateOnly EffectiveOn,
    DateOnly NotifiedOn,
    bool LateNotification,
    ResidentStatus StatusAfter,
    string? Address,
    DateTimeOffset RecordedAt)
{
    public static HistoryEntryView From(ResidencyChange change, bool hideAddress)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new(change.Sequence, change.Kind, change.Origin, change.EffectiveOn, change.NotifiedOn, change.LateNotification, change.StatusAfter,
            hideAddress ? null : change.Record.Address.Line, change.RecordedAt);
    }
}
