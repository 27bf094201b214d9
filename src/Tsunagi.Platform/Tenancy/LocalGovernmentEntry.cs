namespace Tsunagi.Platform.Tenancy;

/// <summary>One row of the national master list of local government codes.</summary>
public sealed record LocalGovernmentEntry(
    string Code,
    LocalGovernmentKind Kind,
    string PrefectureCode,
    string PrefectureName,
    string CityName,
    string WardName,
    string NameKana)
{
    /// <summary>The name as written on documents, e.g. 大槌町 or 札幌市中央区.</summary>
    public string Name => Kind switch
    {
        LocalGovernmentKind.Prefecture => PrefectureName,
        LocalGovernmentKind.Ward => CityName + WardName,
        _ => CityName,
    };

    public string FullName => Kind == LocalGovernmentKind.Prefecture ? PrefectureName : PrefectureName + Name;
}
