using System.Text;
using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Platform.Settings;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.PackageFiles;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

public sealed class LawPackageReaderTests
{
    private readonly LawPackageReader _reader = new(new SettingCatalog([new LawPackageSettings()]));

    [Fact]
    public void A_package_is_read_with_its_entries_scopes_dates_and_values_normalised_by_the_setting_type()
    {
        var package = _reader.Read(Yaml("R9-fees", FeeEntry("national", 350), FeeEntry("03", 400, "令和9年4月1日"), "{ key: test.retention, scope: JP, effectiveFrom: R10.4.1, value: { years: 7 } }"));

        Assert.Equal("R9-fees", package.Id);
        Assert.Equal("令和9年度 手数料改定（試験）", package.Title);
        Assert.Collection(
            package.Entries,
            e => Assert.Equal((SettingScope.National, new DateOnly(2027, 4, 1), "{\"yen\":350}"), (e.Scope, e.EffectiveFrom, e.ValueJson)),
            e => Assert.Equal((SettingScope.Prefecture("03"), new DateOnly(2027, 4, 1), "{\"yen\":400}"), (e.Scope, e.EffectiveFrom, e.ValueJson)),
            e => Assert.Equal((SettingScope.National, new DateOnly(2028, 4, 1), "{\"years\":7}"), (e.Scope, e.EffectiveFrom, e.ValueJson)));
        Assert.Equal(64, package.Sha256.Length);
    }

    [Fact]
    public void Every_bad_entry_is_reported_in_japanese_naming_the_entry_and_the_field()
    {
        var ex = Assert.Throws<LawPackageRejectedException>(() => _reader.Read(Yaml(
            "R9-fees",
            FeeEntry("national", 350),
            "{ key: test.no-such-setting, scope: national, effectiveFrom: 2027-04-01, value: { yen: 1 } }",
            FeeEntry("034614", 350),
            FeeEntry("national", 350, "2027-02-30"),
            "{ key: test.stamp-fee, scope: national, effectiveFrom: 2027-10-01, value: { yen: 三百 } }",
            "{ key: test.stamp-fee, scope: national, effectiveFrom: 2028-04-01, value: { yen: 300, note: x } }",
            FeeEntry("national", 360))));

        Assert.Equal(
            [
                "項目2 の key：設定「test.no-such-setting」はありません。",
                "項目3 の scope：national（全国）または都道府県コード2桁（01〜47）を指定してください。",
                "項目4 の effectiveFrom：施行日を 2027-04-01 または 令和9年4月1日 の形で指定してください。",
                "項目5 の value：設定「証明手数料（試験）」（test.stamp-fee）の形式に合いません（$.yen）。",
                "項目6 の value：設定「証明手数料（試験）」（test.stamp-fee）の形式に合いません（$.note）。",
                "項目7：項目1 と設定・適用範囲・施行日が同じです。",
            ],
            ex.Problems);
    }

    [Fact]
    public void Malformed_yaml_is_refused_with_the_line_where_reading_stopped()
    {
        var unclosed = Assert.Throws<LawPackageRejectedException>(() => _reader.Read(Encoding.UTF8.GetBytes("format: tsunagi-law-package/1\nid: \"R9\ntitle: x\n")));
        var bracket = Assert.Throws<LawPackageRejectedException>(() => _reader.Read(Encoding.UTF8.GetBytes("format: tsunagi-law-package/1\nid: [R9\ntitle: x\n")));

        Assert.Matches("^パッケージファイル：YAML として読み取れません（[0-9]+行目 [0-9]+列目）。$", Assert.Single(unclosed.Problems));
        Assert.StartsWith("パッケージファイル：YAML として読み取れません", Assert.Single(bracket.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_header_fields_and_unknown_fields_are_named()
    {
        var ex = Assert.Throws<LawPackageRejectedException>(() => _reader.Read(Encoding.UTF8.GetBytes("id: 'bad id'\ntitel: typo\nentries: []\n")));

        Assert.Contains(ex.Problems, p => p.StartsWith("titel：この項目名は使えません", StringComparison.Ordinal));
        Assert.Contains("format：「tsunagi-law-package/1」を指定してください。", ex.Problems);
        Assert.Contains("id：パッケージIDを英数字と . _ - で100文字以内で指定してください。", ex.Problems);
        Assert.Contains("title：表題を200文字以内で指定してください。", ex.Problems);
        Assert.Contains("entries：設定値を1件以上500件以内で指定してください。", ex.Problems);
    }

    [Fact]
    public void A_file_over_45_KB_anchors_and_bytes_that_are_not_utf8_are_refused()
    {
        var big = new byte[LawPackageReader.MaxBytes + 1];
        Array.Fill(big, (byte)'#');
        var anchored = Encoding.UTF8.GetBytes("format: tsunagi-law-package/1\nid: a\ntitle: t\nlegalBasis: b\nentries:\n  - &e { key: test.stamp-fee, scope: JP, effectiveFrom: 2027-04-01, value: { yen: 1 } }\n  - *e\n");

        Assert.Equal("パッケージファイル：45KB以下のファイルを指定してください。", Assert.Throws<LawPackageRejectedException>(() => _reader.Read(big)).Message);
        Assert.StartsWith("パッケージファイル：アンカー・エイリアス", Assert.Throws<LawPackageRejectedException>(() => _reader.Read(anchored)).Message, StringComparison.Ordinal);
        Assert.Equal("パッケージファイル：文字コード UTF-8 で保存してください。", Assert.Throws<LawPackageRejectedException>(() => _reader.Read([0x82, 0xA0, 0xFF])).Message);
    }

    [Fact]
    public void Unquoted_scalars_follow_json_rules_so_a_number_with_a_leading_zero_stays_text()
    {
        var ex = Assert.Throws<LawPackageRejectedException>(() => _reader.Read(Yaml("a", "{ key: test.stamp-fee, scope: national, effectiveFrom: 2027-04-01, value: { yen: 0300 } }")));

        Assert.Equal("項目1 の value：設定「証明手数料（試験）」（test.stamp-fee）の形式に合いません（$.yen）。", Assert.Single(ex.Problems));
    }
}
