namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class DatesAndMarksTests
{
    [Fact]
    public void The_issue_date_and_register_dates_print_in_padded_japanese_era_with_full_width_digits()
    {
        var text = RenderedPdf.Of(SampleCertificates.Household(1)).AllText;

        Assert.Contains("令和　７年１１月２３日", text, StringComparison.Ordinal);
        Assert.Contains("生年月日昭和５０年　４月　１日", text, StringComparison.Ordinal);
        Assert.Contains("住民となった年月日平成２３年　４月　１日", text, StringComparison.Ordinal);
        Assert.Contains("異動事由転入異動年月日令和　元年　５月　１日届出年月日令和　元年　５月　７日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_of_a_past_day_says_as_of_which_day()
    {
        var content = SampleCertificates.Household(1) with { AsOf = new DateOnly(2025, 4, 1) };

        Assert.Contains("令和　７年　４月　１日現在", RenderedPdf.Of(content).AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("現在", RenderedPdf.Of(SampleCertificates.Household(1)).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reprint_is_marked_as_such_and_an_original_is_not()
    {
        var original = SampleCertificates.Household(1);

        var reprint = RenderedPdf.Of(original with { IsReprint = true });

        Assert.Contains("【再交付】", reprint.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("再交付", RenderedPdf.Of(original).AllText, StringComparison.Ordinal);
        Assert.Equal(RenderedPdf.Of(original).AllText, reprint.AllText.Replace("【再交付】", string.Empty, StringComparison.Ordinal));
    }
}
