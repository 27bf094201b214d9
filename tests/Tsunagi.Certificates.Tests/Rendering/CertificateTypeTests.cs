using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class CertificateTypeTests
{
    [Theory]
    [InlineData(CertificateType.ResidentCopyHousehold, "住民票の写し")]
    [InlineData(CertificateType.ResidentCopyIndividual, "住民票の写し")]
    [InlineData(CertificateType.RecordItemsCertificate, "住民票記載事項証明書")]
    [InlineData(CertificateType.RemovedRecordCopy, "除票の写し")]
    [InlineData(CertificateType.MoveOutCertificate, "転出証明書")]
    public void Each_type_prints_its_title_and_names_the_pdf_after_it(CertificateType type, string title)
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(1, type: type) with { CertifiedItems = ["name"] });

        Assert.StartsWith(title, pdf.Pages[0], StringComparison.Ordinal);
        Assert.Equal(title, pdf.Title);
    }

    [Fact]
    public void An_individual_copy_prints_one_person_a_page()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(2, type: CertificateType.ResidentCopyIndividual));

        Assert.Equal(2, pdf.Result.PageCount);
        Assert.Contains("髙橋　一郎", pdf.Pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("髙橋　花子", pdf.Pages[0], StringComparison.Ordinal);
        Assert.Contains("前住所宮城県本吉郡南三陸町志津川字旭ケ浦１２番地", pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_record_copy_prints_the_removal_reason_and_its_dates()
    {
        var removed = SampleCertificates.Person(0) with { RemovalReason = "死亡", RemovedOn = new DateOnly(2025, 10, 3), RemovalNotifiedOn = new DateOnly(2025, 10, 6) };

        var pdf = RenderedPdf.Of(SampleCertificates.Content(CertificateType.RemovedRecordCopy, [removed]) with { CertificationStatement = "この写しは、除票の原本と相違ないことを証明する。" });

        Assert.Equal(1, pdf.Result.PageCount);
        Assert.Contains("消除事由死亡異動年月日令和　７年１０月　３日届出年月日令和　７年１０月　６日", pdf.AllText, StringComparison.Ordinal);
        Assert.Contains("除票の原本と相違ない", pdf.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_out_certificate_prints_the_destination_and_the_planned_day()
    {
        var content = SampleCertificates.Household(3, type: CertificateType.MoveOutCertificate) with
        {
            MoveOutDestination = "宮城県仙台市青葉区国分町三丁目７番１号",
            PlannedMoveOutOn = new DateOnly(2025, 12, 1),
        };

        var text = RenderedPdf.Of(content).AllText;

        Assert.Contains("転出先宮城県仙台市青葉区国分町三丁目７番１号", text, StringComparison.Ordinal);
        Assert.Contains("転出予定年月日令和　７年１２月　１日", text, StringComparison.Ordinal);
        Assert.Contains("髙橋　二郎", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_items_certificate_prints_only_the_certified_items_under_its_wording()
    {
        var content = SampleCertificates.Household(2, type: CertificateType.RecordItemsCertificate) with
        {
            CertifiedItems = ["name", "dateOfBirth", "address"],
            CertificationStatement = "上記の事項は住民票の記載事項と相違ないことを証明する。",
        };

        var text = RenderedPdf.Of(content).AllText;

        Assert.Contains("氏名髙橋　一郎生年月日昭和５０年　４月　１日", text, StringComparison.Ordinal);
        Assert.Contains("住所岩手県上閉伊郡大槌町", text, StringComparison.Ordinal);
        Assert.Contains("上記の事項は住民票の記載事項と相違ないことを証明する。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("性別", text, StringComparison.Ordinal);
        Assert.DoesNotContain("前住所", text, StringComparison.Ordinal);
        Assert.DoesNotContain("住民となった年月日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_certified_item_is_refused_rather_than_left_out()
    {
        var content = SampleCertificates.Household(1, type: CertificateType.RecordItemsCertificate) with { CertifiedItems = ["shoeSize"] };

        var error = Assert.Throws<ArgumentException>(() => RenderedPdf.Of(content));

        Assert.Contains("記載事項", error.Message, StringComparison.Ordinal);
    }
}
