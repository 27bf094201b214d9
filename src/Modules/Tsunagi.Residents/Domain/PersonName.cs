namespace Tsunagi.Residents.Domain;

/// <summary>氏名 and its reading, exactly as entered (旧字体 kept); matching uses <c>NameSearchKey</c>.</summary>
public sealed record PersonName(string FamilyName, string GivenName, string FamilyNameKana, string GivenNameKana)
{
    public string Full => $"{FamilyName}　{GivenName}";

    public string FullKana => $"{FamilyNameKana}　{GivenNameKana}";
}
