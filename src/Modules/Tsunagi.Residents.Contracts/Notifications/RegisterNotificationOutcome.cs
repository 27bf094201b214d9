namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>
/// What the register answered to a draft: the household and residents written, or the problems (field path such as
/// <c>members[0].dateOfBirth</c> and messages in Japanese and English, naming the field) and nothing written.
/// </summary>
public sealed record RegisterNotificationOutcome(Guid? HouseholdId, IReadOnlyList<Guid> ResidentIds, IReadOnlyList<DraftProblem> Problems)
{
    public bool Succeeded => HouseholdId is not null && Problems.Count == 0;
}
