namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class OptionalItemsTests
{
    [Fact]
    public void Items_printed_only_when_asked_are_absent_by_default()
    {
        var text = RenderedPdf.Of(SampleCertificates.Household(2)).AllText;

        Assert.DoesNotContain("住民票コード", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678901", text, StringComparison.Ordinal);
        Assert.DoesNotContain("本籍", text, StringComparison.Ordinal);
        Assert.DoesNotContain("筆頭者", text, StringComparison.Ordinal);
        Assert.DoesNotContain("個人番号", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789018", text, StringComparison.Ordinal);
        Assert.DoesNotContain("続柄", text, StringComparison.Ordinal);
        Assert.DoesNotContain("世帯主", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_asked_for_are_printed_with_their_values()
    {
        var text = RenderedPdf.Of(SampleCertificates.Household(2, SampleCertificates.AllOptions)).AllText;

        Assert.Contains("住民票コード12345678901", text, StringComparison.Ordinal);
        Assert.Contains("個人番号123456789018", text, StringComparison.Ordinal);
        Assert.Contains("本籍岩手県上閉伊郡大槌町小鎚第３２地割１２６番地", text, StringComparison.Ordinal);
        Assert.Contains("世帯主髙橋　一郎", text, StringComparison.Ordinal);
        Assert.Contains("続柄子", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_item_asked_for_prints_when_one_of_a_pair_is_asked()
    {
        var text = RenderedPdf.Of(SampleCertificates.Household(1, SampleCertificates.NoOptions with { ResidentRecordCode = true })).AllText;

        Assert.Contains("12345678901", text, StringComparison.Ordinal);
        Assert.DoesNotContain("個人番号", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789018", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Former_name_and_foreign_resident_items_print_when_the_person_has_them()
    {
        var person = SampleCertificates.Person(0) with
        {
            FormerFamilyName = "山田",
            Nationality = "ベトナム",
            StatusOfResidence = "技能実習",
            PeriodOfStayEndsOn = new DateOnly(2027, 3, 31),
            ResidenceCardNumber = "AB12345678CD",
        };

        var text = RenderedPdf.Of(SampleCertificates.Content(Contracts.CertificateType.ResidentCopyIndividual, [person])).AllText;

        Assert.Contains("旧氏山田", text, StringComparison.Ordinal);
        Assert.Contains("国籍・地域ベトナム", text, StringComparison.Ordinal);
        Assert.Contains("在留資格技能実習", text, StringComparison.Ordinal);
        Assert.Contains("在留期間等の満了の日令和　９年　３月３１日", text, StringComparison.Ordinal);
        Assert.Contains("在留カード番号AB12345678CD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_japanese_resident_prints_no_foreign_resident_items()
    {
        var text = RenderedPdf.Of(SampleCertificates.Household(1)).AllText;

        Assert.DoesNotContain("在留資格", text, StringComparison.Ordinal);
        Assert.DoesNotContain("旧氏", text, StringComparison.Ordinal);
    }
}
