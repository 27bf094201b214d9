using Tsunagi.Platform.Settings;

namespace Tsunagi.Platform.Tests.Settings;

public sealed class SettingResolutionTests
{
    private static readonly SettingDefinition<FeeRecord> Fee = new("test.fee", new FeeRecord(300), "手数料", "Fee");
    private static readonly IReadOnlyList<SettingScope> Otsuchi = SettingScope.ChainFor("034614");

    [Fact]
    public void Nothing_stored_resolves_to_the_declared_default()
    {
        var resolved = SettingResolution.Resolve(Fee, [], Otsuchi, new DateOnly(2026, 11, 23));

        Assert.True(resolved.IsDefault);
        Assert.Equal(300, Fee.Read(resolved.ValueJson).Yen);
    }

    [Fact]
    public void A_national_revision_takes_effect_on_the_first_of_April_and_not_the_day_before()
    {
        SettingValue[] values = [Value(SettingScope.National, new DateOnly(2014, 4, 1), 300), Value(SettingScope.National, new DateOnly(2027, 4, 1), 350)];

        Assert.Equal(300, Read(values, new DateOnly(2027, 3, 31)));
        Assert.Equal(350, Read(values, new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void The_closest_scope_in_force_wins_over_a_newer_national_value()
    {
        SettingValue[] values =
        [
            Value(SettingScope.National, new DateOnly(2027, 4, 1), 350),
            Value(SettingScope.Prefecture("03"), new DateOnly(2020, 4, 1), 250),
            Value(SettingScope.Municipality("034614"), new DateOnly(2026, 4, 1), 200),
        ];

        Assert.Equal(250, Read(values, new DateOnly(2026, 3, 31)));
        Assert.Equal(200, Read(values, new DateOnly(2027, 4, 1)));
        Assert.Equal(250, SettingResolutionReadFor("035033", values, new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void Another_prefecture_does_not_inherit_a_prefectural_value()
    {
        SettingValue[] values = [Value(SettingScope.Prefecture("03"), new DateOnly(2020, 4, 1), 250), Value(SettingScope.National, new DateOnly(2020, 4, 1), 300)];

        Assert.Equal(250, SettingResolutionReadFor("035033", values, new DateOnly(2026, 11, 23)));
        Assert.Equal(300, SettingResolutionReadFor("131016", values, new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void A_correction_of_the_same_date_wins_by_its_higher_version()
    {
        SettingValue[] values = [Value(SettingScope.National, new DateOnly(2027, 4, 1), 350), Value(SettingScope.National, new DateOnly(2027, 4, 1), 340, version: 2)];

        Assert.Equal(340, Read(values, new DateOnly(2027, 4, 1)));
    }

    private static long Read(IEnumerable<SettingValue> values, DateOnly asOf) => SettingResolutionReadFor("034614", values, asOf);

    private static long SettingResolutionReadFor(string municipality, IEnumerable<SettingValue> values, DateOnly asOf) =>
        Fee.Read(SettingResolution.Resolve(Fee, values, SettingScope.ChainFor(municipality), asOf).ValueJson).Yen;

    private static SettingValue Value(SettingScope scope, DateOnly from, long yen, int version = 1) => new()
    {
        Key = Fee.Key,
        ScopeLevel = scope.Level,
        ScopeId = scope.Id,
        EffectiveFrom = from,
        Version = version,
        ValueJson = Fee.Serialize(new FeeRecord(yen)),
    };

    private sealed record FeeRecord(long Yen);
}
