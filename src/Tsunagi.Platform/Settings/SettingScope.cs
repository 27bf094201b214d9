namespace Tsunagi.Platform.Settings;

/// <summary>
/// One place a value can be set: the nation (<c>JP</c>), a prefecture (its two-digit code, e.g. <c>03</c> for 岩手県)
/// or a municipality (its six-digit 全国地方公共団体コード).
/// </summary>
public readonly record struct SettingScope(SettingScopeLevel Level, string Id)
{
    public const string NationalId = "JP";

    public static SettingScope National { get; } = new(SettingScopeLevel.National, NationalId);

    public static SettingScope Prefecture(string prefectureCode)
    {
        if (prefectureCode is not { Length: 2 } || !prefectureCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A prefecture code has two digits.", nameof(prefectureCode));
        }

        return new(SettingScopeLevel.Prefecture, prefectureCode);
    }

    public static SettingScope Municipality(string municipalityCode)
    {
        if (municipalityCode is not { Length: 6 } || !municipalityCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A municipality code has six digits.", nameof(municipalityCode));
        }

        return new(SettingScopeLevel.Municipality, municipalityCode);
    }

    /// <summary>The scopes consulted for a municipality, closest first: itself, its prefecture, the nation.</summary>
    public static IReadOnlyList<SettingScope> ChainFor(string municipalityCode) =>
        [Municipality(municipalityCode), Prefecture(municipalityCode[..2]), National];

    /// <summary>The scopes consulted for a value set here, this one first: a prefecture falls back on the nation.</summary>
    public IReadOnlyList<SettingScope> ChainFromHere() => Level switch
    {
        SettingScopeLevel.Municipality => ChainFor(Id),
        SettingScopeLevel.Prefecture => [this, National],
        _ => [National],
    };

    public override string ToString() => $"{Level}:{Id}";
}
