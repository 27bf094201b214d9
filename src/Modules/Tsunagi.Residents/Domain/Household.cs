using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// 世帯. Its members are the residents whose record names it; its head is the member whose 続柄 is 世帯主.
/// <see cref="Version"/> changes whenever its membership or head changes, so two clerks cannot both change it.
/// </summary>
public sealed class Household : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public DateOnly FormedOn { get; init; }

    /// <summary>The day it ended (its members joined another household by 世帯合併); the row is kept.</summary>
    public DateOnly? EndedOn { get; private set; }

    public int Version { get; private set; }

    public bool HasEnded => EndedOn is not null;

    public void Touch() => Version++;

    /// <summary>Throws <see cref="StaleFormException"/> when the form was made from another version.</summary>
    public void EnsureVersion(int expected)
    {
        if (expected != Version)
        {
            throw new StaleFormException();
        }
    }

    /// <summary>Ends the household once its members have joined another (世帯合併).</summary>
    public void End(DateOnly on)
    {
        EndedOn = on;
        Touch();
    }

    /// <summary>The household rule after a change: exactly one head among the registered members (none once all are removed).</summary>
    public static IReadOnlyList<FieldProblem> CheckMembers(IReadOnlyCollection<ResidentRecord> registeredMembers) =>
        CheckHeads([.. registeredMembers.Select(m => m.IsHouseholdHead)]);

    /// <summary>The same rule over "is this member the head?" flags, for members not yet recorded.</summary>
    public static IReadOnlyList<FieldProblem> CheckHeads(IReadOnlyCollection<bool> isHead)
    {
        var heads = isHead.Count(h => h);
        return isHead.Count switch
        {
            0 => [],
            _ when heads == 0 => [new FieldProblem("relationship", "Field.Relationship", "Problem.NoHouseholdHead")],
            _ when heads > 1 => [new FieldProblem("relationship", "Field.Relationship", "Problem.TwoHouseholdHeads")],
            _ => [],
        };
    }
}
