using System.Globalization;

namespace Tsunagi.Certificates.Tests.Rendering;

public sealed class HouseholdPagingTests
{
    [Fact]
    public void A_household_of_nine_prints_on_three_pages_with_every_person_once_and_in_order()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(9));

        Assert.Equal(3, pdf.Result.PageCount);
        Assert.Equal(3, pdf.Pages.Count);
        var positions = SampleCertificates.GivenNames.Take(9).Select(given =>
        {
            Assert.Equal(1, RenderedPdf.Occurrences(pdf.AllText, $"髙橋　{given}"));
            return pdf.AllText.IndexOf($"髙橋　{given}", StringComparison.Ordinal);
        }).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Four_persons_a_page_and_every_page_repeats_the_header_and_is_numbered()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(9));

        int[] expected = [4, 4, 1];
        for (var page = 0; page < 3; page++)
        {
            var text = pdf.Pages[page];
            Assert.Equal(expected[page], SampleCertificates.GivenNames.Take(9).Count(given => text.Contains($"髙橋　{given}", StringComparison.Ordinal)));
            Assert.Contains("住民票の写し", text, StringComparison.Ordinal);
            Assert.Contains("岩手県上閉伊郡大槌町小鎚第３２地割１２６番地", text, StringComparison.Ordinal);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{page + 1} / 3"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void End_of_entries_follows_the_last_person_and_the_certification_is_on_the_last_page_only()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(9));

        Assert.Equal(1, RenderedPdf.Occurrences(pdf.AllText, "以下余白"));
        Assert.True(pdf.Pages[2].IndexOf("髙橋　九郎", StringComparison.Ordinal) < pdf.Pages[2].IndexOf("以下余白", StringComparison.Ordinal));
        Assert.Contains("相違ないことを証明する。", pdf.Pages[2], StringComparison.Ordinal);
        Assert.DoesNotContain("相違ないことを証明する。", pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_household_of_four_with_relationships_fits_on_one_page()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(4, SampleCertificates.NoOptions with { HouseholdHeadAndRelationship = true }));

        Assert.Equal(1, pdf.Result.PageCount);
    }

    [Fact]
    public void With_every_option_the_certification_block_is_never_split_from_the_mayor_and_codes()
    {
        var pdf = RenderedPdf.Of(SampleCertificates.Household(4, SampleCertificates.AllOptions) with { IsReprint = true, AsOf = new DateOnly(2025, 4, 1) });

        var last = pdf.Pages[^1];
        Assert.Contains("相違ないことを証明する。", last, StringComparison.Ordinal);
        Assert.Contains("平野　公三", last, StringComparison.Ordinal);
        Assert.Contains("034614-7KQ2-M9XD-3VTA-HP0C-W4RZ", last, StringComparison.Ordinal);
        Assert.Equal(4, SampleCertificates.GivenNames.Count(given => pdf.AllText.Contains($"髙橋　{given}", StringComparison.Ordinal)));
        Assert.All(pdf.Pages, page => Assert.Contains("【再交付】", page, StringComparison.Ordinal));
    }
}
