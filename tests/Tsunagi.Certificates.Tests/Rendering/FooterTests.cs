namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class FooterTests
{
    [Fact]
    public void The_footer_carries_statement_mayor_number_and_verification_code()
    {
        var text = RenderedPdf.Of(SampleCertificates.Household(2)).AllText;

        Assert.Contains("この写しは、世帯全員の住民票の原本と相違ないことを証明する。", text, StringComparison.Ordinal);
        Assert.Contains("岩手県上閉伊郡大槌町長　平野　公三", text, StringComparison.Ordinal);
        Assert.Contains("証明書番号　R7-000123", text, StringComparison.Ordinal);
        Assert.Contains("検証コード　034614-7KQ2-M9XD-3VTA-HP0C-W4RZ", text, StringComparison.Ordinal);
        Assert.Contains("この証明書の真正性は右のコードで確認できます", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seal_and_the_qr_code_are_drawn_and_no_seal_means_only_the_qr_code()
    {
        var content = SampleCertificates.Household(1);

        Assert.Equal(2, RenderedPdf.Of(content).ImagesOnLastPage);
        Assert.Equal(1, RenderedPdf.Of(content with { SealPng = null }).ImagesOnLastPage);
    }

    [Fact]
    public void A_four_person_copy_stays_under_150_kilobytes_a_page()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(4, SampleCertificates.AllOptions));

        Assert.InRange(pdf.Bytes.Length, 1, pdf.Result.PageCount * 150 * 1024);
    }
}
