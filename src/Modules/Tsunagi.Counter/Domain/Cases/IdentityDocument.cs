namespace Tsunagi.Counter.Domain.Cases;

/// <summary>The document shown for the identity check at reception (本人確認書類).</summary>
public enum IdentityDocument
{
    /// <summary>マイナンバーカード</summary>
    IndividualNumberCard,

    /// <summary>運転免許証</summary>
    DriversLicence,

    /// <summary>在留カード</summary>
    ResidenceCard,

    /// <summary>パスポート</summary>
    Passport,

    /// <summary>その他</summary>
    Other,
}
