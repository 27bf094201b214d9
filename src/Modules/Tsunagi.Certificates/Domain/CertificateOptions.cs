namespace Tsunagi.Certificates.Domain;

/// <summary>
/// Items printed only when asked (住民基本台帳法 第12条第5項): 世帯主・続柄, 本籍・筆頭者, 個人番号 (only to the person or the
/// same household), 住民票コード. <see cref="AsOf"/> prints the register as it stood on a past day.
/// <see cref="CertifiedItems"/> lists the items a 住民票記載事項証明書 certifies (RecordItems names); empty for other types.
/// </summary>
public sealed record CertificateOptions(
    bool IncludeHouseholdHeadAndRelationship,
    bool IncludeRegisteredDomicile,
    bool IncludeIndividualNumber,
    bool IncludeResidentRecordCode,
    DateOnly? AsOf,
    IReadOnlyList<string> CertifiedItems)
{
    public static CertificateOptions Default { get; } = new(false, false, false, false, null, []);
}
