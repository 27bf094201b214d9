namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>A member's figures for a fiscal year: stored residents (人口割) and the counts behind 利用割.</summary>
public sealed record MemberFigures(long StoredResidents, long Notifications, long Certificates, long ApiCalls)
{
    public static MemberFigures None { get; } = new(0, 0, 0, 0);
}
