using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>The API's names of a request's status (<c>pending</c>, <c>approved</c>, <c>rejected</c>).</summary>
public static class ExOfficioStatuses
{
    public static string NameOf(ExOfficioRequestStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The status named by <paramref name="value"/>; empty means pending; null for an unknown name.</summary>
    public static ExOfficioRequestStatus? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "pending" => ExOfficioRequestStatus.Pending,
        "approved" => ExOfficioRequestStatus.Approved,
        "rejected" => ExOfficioRequestStatus.Rejected,
        _ => null,
    };
}
