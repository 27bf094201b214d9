using System.Net;
using Tsunagi.Certificates.Domain;
using static Tsunagi.Certificates.Tests.Features.Verification.VerificationIssuances;

namespace Tsunagi.Certificates.Tests.Features.Verification;

public sealed class VerificationPageTests(VerificationFactory factory) : IClassFixture<VerificationFactory>
{
    [Fact]
    public async Task A_valid_code_shows_the_municipality_type_date_number_and_hash_without_any_name()
    {
        var issuance = await AddAsync(factory, Otsuchi);

        var (response, html, page) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{Otsuchi}/verify/{issuance.VerificationCode}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("valid", page.QuerySelector("[data-testid=verify-status]")?.GetAttribute("data-status"));
        Assert.Equal("有効です", page.QuerySelector("[data-testid=verify-status]")?.TextContent);
        Assert.Equal("岩手県大槌町", page.QuerySelector("[data-testid=verify-issuer]")?.TextContent);
        Assert.Equal("住民票の写し（世帯連記式）", page.QuerySelector("[data-testid=verify-type]")?.TextContent);
        Assert.Equal("令和8年11月20日（2026-11-20）", page.QuerySelector("[data-testid=verify-issued-on]")?.TextContent);
        Assert.Equal(issuance.Number, page.QuerySelector("[data-testid=verify-number]")?.TextContent);
        Assert.Equal(issuance.ContentHash, page.QuerySelector("[data-testid=verify-hash]")?.TextContent);
        Assert.DoesNotContain(ResidentFamilyName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ResidentGivenName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(RequesterName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("小鎚", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_needs_no_login_and_no_script()
    {
        var issuance = await AddAsync(factory, Otsuchi);

        var (response, _, page) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{Otsuchi}/verify/{issuance.VerificationCode}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.Scripts);
        Assert.NotNull(page.QuerySelector("meta[name=viewport]"));
        Assert.Equal("code", page.QuerySelector("label[for=code]")?.GetAttribute("for"));
    }

    [Fact]
    public async Task A_revoked_certificate_says_so_with_the_day_it_was_revoked()
    {
        var issuance = await AddAsync(factory, Otsuchi, status: IssuanceStatus.Voided, voidedAt: new DateTimeOffset(2026, 11, 21, 16, 0, 0, TimeSpan.Zero));

        var (_, _, page) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{Otsuchi}/verify/{issuance.VerificationCode}");

        var status = page.QuerySelector("[data-testid=verify-status]");
        Assert.Equal("revoked", status?.GetAttribute("data-status"));
        // 16:00 UTC on the 21st is the 22nd in Tokyo: the day a clerk there revoked it.
        Assert.Equal("この証明書は取り消されています（令和8年11月22日（2026-11-22））", status?.TextContent);
    }

    [Theory]
    [InlineData("034614-0000-0000-0000-0000-0000")]
    [InlineData("not-a-code")]
    [InlineData("034614-UUUU-0000-0000-0000-0000")]
    public async Task Unknown_and_malformed_codes_are_not_found(string code)
    {
        var (response, _, page) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{Otsuchi}/verify/{Uri.EscapeDataString(code)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("該当する証明書は見つかりません", page.QuerySelector("[data-testid=verify-status]")?.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=verify-form]"));
    }

    [Fact]
    public async Task A_code_of_another_municipality_is_not_found_under_this_municipality()
    {
        var nodaIssuance = await AddAsync(factory, Noda);
        var client = PublicRequests.Client(factory);

        var (underOtsuchi, _, otsuchiPage) = await PublicRequests.PageAsync(client, $"/m/{Otsuchi}/verify/{nodaIssuance.VerificationCode}");
        var (underNoda, _, nodaPage) = await PublicRequests.PageAsync(client, $"/m/{Noda}/verify/{nodaIssuance.VerificationCode}");

        Assert.Equal(HttpStatusCode.OK, underOtsuchi.StatusCode);
        Assert.Equal("not-found", otsuchiPage.QuerySelector("[data-testid=verify-status]")?.GetAttribute("data-status"));
        Assert.Equal(HttpStatusCode.OK, underNoda.StatusCode);
        Assert.Equal("岩手県野田村", nodaPage.QuerySelector("[data-testid=verify-issuer]")?.TextContent);
    }

    [Fact]
    public async Task A_code_typed_into_the_form_is_found_in_lower_case_and_full_width()
    {
        var issuance = await AddAsync(factory, Otsuchi);
        var typed = string.Concat(issuance.VerificationCode.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
            .Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));

        var (_, _, form) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{Otsuchi}/verify");
        var (response, _, page) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{Otsuchi}/verify?code={Uri.EscapeDataString(typed)}");

        Assert.Equal($"/m/{Otsuchi}/verify", form.QuerySelector("[data-testid=verify-form]")?.GetAttribute("action"));
        Assert.Null(form.QuerySelector("[data-testid=verify-status]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(issuance.Number, page.QuerySelector("[data-testid=verify-number]")?.TextContent);
        Assert.Equal(issuance.VerificationCode, page.QuerySelector("[data-testid=verify-code]")?.TextContent);
    }

    [Theory]
    [InlineData("011002")]
    [InlineData("999999")]
    [InlineData("abc")]
    public async Task A_municipality_that_is_not_a_tenant_gets_the_not_found_page(string municipality)
    {
        var (response, _, page) = await PublicRequests.PageAsync(PublicRequests.Client(factory), $"/m/{municipality}/verify");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.QuerySelector("[data-testid=verify-form]"));
    }
}
