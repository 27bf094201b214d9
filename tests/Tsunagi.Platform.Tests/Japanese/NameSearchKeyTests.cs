using System.Text;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class NameSearchKeyTests
{
    [Theory]
    [InlineData("やまだ　たろう", "ヤマダ タロウ")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ")]
    [InlineData("ｶﾞｯｺｳ", "ガッコウ")]
    [InlineData("ﾊﾟﾋﾟﾌﾟ", "パピプ")]
    [InlineData("か゛っこう", "ガッコウ")]
    [InlineData("きょうこ", "キヨウコ")]
    [InlineData("ヶ", "ケ")]
    [InlineData("ｽﾐｽ･ｼﾞｮﾝ", "スミス ジョン")]
    [InlineData("ＳＭＩＴＨ　Ｊｏｈｎ", "smith john")]
    [InlineData("山田　太郎", "山田太郎")]
    [InlineData("山田 太郎", "山田　太郎")]
    [InlineData("佐々木", "佐佐木")]
    [InlineData("さゝき", "ササキ")]
    public void Kana_width_case_spaces_and_iteration_marks_do_not_matter_for_matching(string typed, string stored)
    {
        Assert.Equal(NameSearchKey.For(stored), NameSearchKey.For(typed));
    }

    [Theory]
    [InlineData("髙橋", "高橋")]
    [InlineData("山﨑", "山崎")]
    [InlineData("山嵜", "山崎")]
    [InlineData("渡邊", "渡辺")]
    [InlineData("渡邉", "渡辺")]
    [InlineData("齋藤", "斎藤")]
    [InlineData("齊藤", "斎藤")]
    [InlineData("斉藤", "斎藤")]
    [InlineData("濵田", "浜田")]
    [InlineData("濱田", "浜田")]
    [InlineData("澤田", "沢田")]
    [InlineData("廣瀬", "広瀬")]
    [InlineData("德永", "徳永")]
    [InlineData("國分", "国分")]
    [InlineData("𠮷田", "吉田")]
    [InlineData("\uFA10本", "塚本")] // compatibility ideograph 塚, folded by NFKC
    [InlineData("葛\U000E0100西", "葛西")] // ideographic variation selector
    public void Old_and_variant_kanji_match_their_common_form(string variant, string common)
    {
        Assert.Equal(NameSearchKey.For(common), NameSearchKey.For(variant));
    }

    [Fact]
    public void Every_row_of_the_variant_table_matches_its_search_form_and_the_search_form_is_stable()
    {
        Assert.True(NameVariantTable.Variants.Count >= 60);
        foreach (var (variant, form) in NameVariantTable.Variants)
        {
            Assert.NotEqual(variant, form);
            Assert.Equal(form.ToString(), NameSearchKey.For(variant.ToString()).Value);
            Assert.Equal(form.ToString(), NameSearchKey.For(form.ToString()).Value);
            Assert.False(NameVariantTable.Variants.ContainsKey(form), $"{form} is both a search form and a variant");
        }
    }

    [Fact]
    public void NFKC_alone_leaves_the_unified_compatibility_ideograph_tatsusaki_unchanged_so_the_table_is_needed()
    {
        Assert.Equal("\uFA11", "\uFA11".Normalize(NormalizationForm.FormKC));
        Assert.Equal("崎", NameSearchKey.For("\uFA11").Value);
    }

    [Theory]
    [InlineData("さいとう", "さいどう")]
    [InlineData("ジ", "ヂ")]
    [InlineData("ブ", "ヴ")]
    [InlineData("オオノ", "オーノ")]
    [InlineData("埼", "崎")]
    [InlineData("龍", "竜")]
    [InlineData("高橋", "髙嶋")]
    public void Different_spellings_stay_different(string one, string other)
    {
        Assert.NotEqual(NameSearchKey.For(one), NameSearchKey.For(other));
    }

    [Fact]
    public void The_stored_name_is_not_changed_by_making_its_key()
    {
        var stored = "髙橋　ｶﾞｸ";
        _ = NameSearchKey.For(stored);
        Assert.Equal("髙橋　ｶﾞｸ", stored);
    }

    [Fact]
    public void A_missing_name_has_an_empty_key()
    {
        Assert.Equal(string.Empty, NameSearchKey.For(null).Value);
        Assert.Equal(string.Empty, NameSearchKey.For(" 　").Value);
    }

    [Fact]
    public void Text_with_a_broken_surrogate_gets_a_key_instead_of_an_exception()
    {
        Assert.Equal("山\uFFFD", NameSearchKey.For("山\uD800").Value);
    }
}
