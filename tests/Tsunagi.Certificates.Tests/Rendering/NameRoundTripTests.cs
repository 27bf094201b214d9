using System.Text;
using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class NameRoundTripTests
{
    [Fact]
    public void Names_with_characters_outside_jis_come_back_from_the_pdf_as_the_stored_unicode()
    {
        var yoshino = SampleCertificates.Person(0, familyName: "𠮷野");
        var takahashi = SampleCertificates.Person(1, familyName: "髙橋");

        var pdf = RenderedPdf.Of(SampleCertificates.Content(CertificateType.ResidentCopyHousehold, [yoshino, takahashi]));

        Assert.Contains("𠮷野　一郎", pdf.AllText, StringComparison.Ordinal);
        Assert.Contains("髙橋　花子", pdf.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("吉野", pdf.AllText, StringComparison.Ordinal);
        Assert.True(pdf.AllText.IsNormalized(NormalizationForm.FormC));
        Assert.Empty(pdf.Result.UnprintableCharacters);
    }

    [Fact]
    public void No_character_comes_back_as_a_cjk_radical_or_a_private_use_code_point()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Content(CertificateType.ResidentCopyHousehold, [SampleCertificates.Person(0, familyName: "髙橋")]));

        var substitutes = pdf.AllText.EnumerateRunes()
            .Where(rune => rune.Value is (>= 0x2E80 and <= 0x2FDF) or (>= 0xE000 and <= 0xF8FF) or >= 0xF0000)
            .Select(rune => rune.ToString());
        Assert.Empty(substitutes);
    }

    [Fact]
    public void A_character_no_font_has_is_reported_so_issuance_can_refuse()
    {
        var unknown = char.ConvertFromUtf32(0x10FFFD);

        var pdf = RenderedPdf.Of(SampleCertificates.Content(CertificateType.ResidentCopyIndividual, [SampleCertificates.Person(0, familyName: "髙" + unknown)]));

        Assert.Equal([unknown], pdf.Result.UnprintableCharacters);
    }
}
