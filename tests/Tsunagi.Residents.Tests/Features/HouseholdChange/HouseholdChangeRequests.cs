using Tsunagi.Residents.Features.HouseholdChange;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.HouseholdChange;

/// <summary>世帯変更届 for a <see cref="RegisteredFamily"/> just moved in (every resident at version 1).</summary>
internal static class HouseholdChangeRequests
{
    public const string ApiPath = "/api/v1/notifications/household-change";

    public static HouseholdMemberInput Member(Guid id, string relationship, bool leaves = false, int version = 1) =>
        new() { ResidentId = id, Version = version, Relationship = relationship, Leaves = leaves };

    /// <summary>The child leaves to form a household of its own.</summary>
    public static async Task<HouseholdChangeInput> ChildLeavesAsync(TsunagiFactory factory, RegisteredFamily family) => new()
    {
        Kind = "split",
        EffectiveOn = "R8.11.20",
        NotifiedOn = "2026-11-23",
        HouseholdId = family.HouseholdId,
        HouseholdVersion = await family.HouseholdVersionAsync(factory),
        Members = [Member(family.Child, "世帯主", leaves: true)],
    };

    /// <summary>The wife becomes the head; the former head is her husband.</summary>
    public static async Task<HouseholdChangeInput> WifeBecomesHeadAsync(TsunagiFactory factory, RegisteredFamily family) => new()
    {
        Kind = "head-change",
        EffectiveOn = "2026-11-20",
        NotifiedOn = "2026-11-23",
        HouseholdId = family.HouseholdId,
        HouseholdVersion = await family.HouseholdVersionAsync(factory),
        Members = [Member(family.Head, "夫"), Member(family.Wife, "世帯主"), Member(family.Child, "子")],
    };
}
