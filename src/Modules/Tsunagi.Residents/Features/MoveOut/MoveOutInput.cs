using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveOut;

/// <summary>転出届 as an API client sends it: who of the household leaves, when, and where to.</summary>
public sealed class MoveOutInput
{
    public string? HouseholdId { get; set; }

    /// <summary>The members who move out, each with the version the client last saw.</summary>
    public IList<ResidentVersionInput> Members { get; set; } = [];

    /// <summary>Required when the head leaves and others stay: the remaining member who becomes head.</summary>
    public ResidentVersionInput? NewHead { get; set; }

    /// <summary>転出予定日 (may be after the notification).</summary>
    public string? PlannedMoveOutOn { get; set; }

    public string? NotifiedOn { get; set; }

    /// <summary>転出先の住所, as the person gives it.</summary>
    public string? DestinationAddress { get; set; }

    /// <summary>A member town of the consortium (全国地方公共団体コード), or empty / <c>other</c> for その他.</summary>
    public string? DestinationMunicipalityCode { get; set; }
}
