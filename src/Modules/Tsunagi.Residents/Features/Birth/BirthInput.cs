using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.Birth;

/// <summary>出生届 as an API client sends it: the child, entered into an existing household (its version as last seen).</summary>
public sealed class BirthInput
{
    public string? HouseholdId { get; set; }

    public int? HouseholdVersion { get; set; }

    public string? NotifiedOn { get; set; }

    /// <summary>The child; its date of birth is the 異動日. 続柄 defaults to 子.</summary>
    public PersonInput Child { get; set; } = new();
}
