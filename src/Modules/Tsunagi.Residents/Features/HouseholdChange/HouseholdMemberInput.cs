namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>One person a 世帯変更届 changes: who, the version the form was made from, the new 続柄 and (分離) whether they leave.</summary>
public sealed class HouseholdMemberInput
{
    public Guid? ResidentId { get; set; }

    /// <summary>The resident's <c>Version</c> when the form was made.</summary>
    public int? Version { get; set; }

    /// <summary>続柄 after the change, to the head of the household the person is in afterwards.</summary>
    public string? Relationship { get; set; }

    /// <summary>分離 only: the person leaves to form the new household.</summary>
    public bool Leaves { get; set; }
}
