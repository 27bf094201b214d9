using System.ComponentModel.DataAnnotations;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Platform.Tests.Settings;

public sealed class SettingValidatorTests
{
    private static readonly SettingDefinition<FeeTable> Fees = new("test.fees", new FeeTable([new("住民票の写し", 300)]), "手数料", "Fees")
    {
        Fields = [new("entries", "手数料", "Fees"), new("name", "名称", "Name"), new("amount", "金額", "Amount")],
        Rules = [t => t.Entries.Count == t.Entries.DistinctBy(e => e.Name).Count() ? [] : [new SettingError("entries", "同じ名称が重複しています。")]],
    };

    private readonly SettingValidator _validator = new();

    [Fact]
    public async Task A_negative_fee_is_refused_with_the_field_and_row_named()
    {
        var errors = await _validator.CheckAsync(Fees, """{"entries":[{"name":"住民票の写し","amount":300},{"name":"印鑑登録証明書","amount":-1}]}""");

        Assert.Equal("金額（2行目）：0以上の整数を入力してください。", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task Text_where_a_number_belongs_an_unknown_property_and_a_rule_break_are_each_named()
    {
        var wrongType = await _validator.CheckAsync(Fees, """{"entries":[{"name":"住民票の写し","amount":"三百"}]}""");
        var unknown = await _validator.CheckAsync(Fees, """{"entries":[],"ammount":1}""");
        var duplicate = await _validator.CheckAsync(Fees, """{"entries":[{"name":"a","amount":1},{"name":"a","amount":2}]}""");
        var notJson = await _validator.CheckAsync(Fees, "{");

        Assert.Contains(wrongType, e => e.Message == "金額（1行目）：0以上の整数を入力してください。");
        Assert.Contains(unknown, e => e.Message.EndsWith("この設定にない項目です。", StringComparison.Ordinal));
        Assert.Equal("手数料：同じ名称が重複しています。", Assert.Single(duplicate).Message);
        Assert.Equal("手数料：値をJSONとして読み取れません。", Assert.Single(notJson).Message);
    }

    [Fact]
    public async Task A_valid_value_passes_and_the_schema_carries_the_bounds_and_labels()
    {
        Assert.Empty(await _validator.CheckAsync(Fees, Fees.DefaultJson));
        var amount = Fees.Schema["properties"]!["entries"]!["items"]!["properties"]!["amount"]!;
        Assert.Equal(0m, amount["minimum"]!.GetValue<decimal>());
        Assert.Equal("金額", amount["title"]!.GetValue<string>());
    }

    private sealed record FeeTable(IReadOnlyList<FeeEntry> Entries);

    private sealed record FeeEntry(string Name, [property: Range(0, long.MaxValue)] long Amount);
}
