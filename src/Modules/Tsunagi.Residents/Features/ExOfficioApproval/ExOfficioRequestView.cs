using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.ExOfficioRequests;

namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>
/// A request as its page shows it: the record it was made from (<see cref="Before"/>) and, for a correction, the
/// record asked for (<see cref="After"/>) with the items that differ; whether the resident changed since
/// (<see cref="Stale"/>), whether the viewer is its preparer, and whether a 支援措置 hides the address.
/// </summary>
public sealed record ExOfficioRequestView(
    ExOfficioRequestItem Request,
    ResidentRecord Before,
    ResidentRecord? After,
    IReadOnlyList<string> ChangedItems,
    bool Stale,
    bool PreparedByViewer,
    bool AddressHidden);
