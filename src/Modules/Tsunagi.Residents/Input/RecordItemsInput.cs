namespace Tsunagi.Residents.Input;

/// <summary>
/// Items of a record to change (記載事項変更, 職権修正) as entered. An item left empty (or equal to the current value)
/// is not changed.
/// </summary>
public sealed class RecordItemsInput
{
    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyNameKana { get; set; }

    public string? GivenNameKana { get; set; }

    /// <summary>旧氏 to record, as written in the 戸籍.</summary>
    public string? FormerFamilyName { get; set; }

    /// <summary>Record the family name before this change as 旧氏 (e.g. on marriage).</summary>
    public bool RecordFormerFamilyName { get; set; }

    /// <summary><c>male</c> or <c>female</c> (also 男 / 女, 1 / 2).</summary>
    public string? Sex { get; set; }

    public string? RegisteredDomicile { get; set; }

    public string? FamilyRegisterHead { get; set; }

    public string? Nationality { get; set; }

    public string? StatusOfResidence { get; set; }

    public string? PeriodOfStayEndsOn { get; set; }

    public string? ResidenceCardNumber { get; set; }
}
