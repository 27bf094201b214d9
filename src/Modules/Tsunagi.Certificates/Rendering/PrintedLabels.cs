namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// The item names a certificate prints, worded as 住民基本台帳法 and its 施行令 name them. Certificates are legal
/// documents in Japanese only, so these are not UI strings with an English set.
/// </summary>
internal static class PrintedLabels
{
    public const string Address = "住所";
    public const string HouseholdHead = "世帯主";
    public const string MoveOutDestination = "転出先";
    public const string PlannedMoveOutOn = "転出予定年月日";
    public const string Name = "氏名";
    public const string NameKana = "ふりがな";
    public const string FormerFamilyName = "旧氏";
    public const string DateOfBirth = "生年月日";
    public const string Sex = "性別";
    public const string Relationship = "続柄";
    public const string RegisteredDomicile = "本籍";
    public const string FamilyRegisterHead = "筆頭者";
    public const string ResidentRecordCode = "住民票コード";
    public const string IndividualNumber = "個人番号";
    public const string BecameResidentOn = "住民となった年月日";
    public const string AddressSetOn = "住所を定めた年月日";
    public const string PreviousAddress = "前住所";
    public const string ChangeReason = "異動事由";
    public const string RemovalReason = "消除事由";
    public const string ChangedOn = "異動年月日";
    public const string NotifiedOn = "届出年月日";
    public const string Nationality = "国籍・地域";
    public const string StatusOfResidence = "在留資格";
    public const string PeriodOfStayEndsOn = "在留期間等の満了の日";
    public const string ResidenceCardNumber = "在留カード番号";
    public const string EndOfEntries = "以下余白";
    public const string Reprint = "【再交付】";
    public const string AsOfSuffix = "現在";
    public const string CertificateNumber = "証明書番号";
    public const string VerificationCode = "検証コード";
    public const string VerificationHint = "この証明書の真正性は右のコードで確認できます";
}
