using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.RecordAmendment;

/// <summary>記載事項変更届 as the clerk's form or an API client sends it; only the items that differ are recorded.</summary>
public sealed class RecordAmendmentInput
{
    public Guid? ResidentId { get; set; }

    /// <summary>The resident's <c>Version</c> when the form was made.</summary>
    public int? Version { get; set; }

    public string? EffectiveOn { get; set; }

    public string? NotifiedOn { get; set; }

    public RecordItemsInput Items { get; set; } = new();
}
