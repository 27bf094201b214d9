using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary>A 職権修正 as staff prepare it: the corrected items, the 異動日 and the required reason. A second staff member approves it.</summary>
public sealed class ExOfficioCorrectionInput
{
    public Guid? ResidentId { get; set; }

    /// <summary>The resident's <c>Version</c> when the form was made.</summary>
    public int? Version { get; set; }

    public string? EffectiveOn { get; set; }

    /// <summary>Why the record is corrected (required), e.g. the 戸籍 notice it follows.</summary>
    public string? Reason { get; set; }

    public RecordItemsInput Items { get; set; } = new();

    public string? DateOfBirth { get; set; }

    /// <summary>A corrected address; left empty, the address is not changed.</summary>
    public AddressInput Address { get; set; } = new();
}
