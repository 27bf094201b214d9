using System.Net;
using System.Text.RegularExpressions;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.LawPackageScopes;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.PackageFiles;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

public sealed partial class LawPackagePageTests(LawPackageFactory factory) : IClassFixture<LawPackageFactory>
{
    private const string Path = "/operator/law-packages";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_operator_previews_an_upload_then_confirms_it_and_the_package_is_listed()
    {
        using var browser = await OperatorAsync();

        var preview = await UploadAsync(browser, Yaml("R14-page", FeeEntry("national", 420, "2036-04-01")));

        Assert.Contains("data-testid=\"law-package-change\" data-code=\"034614\" data-key=\"test.stamp-fee\"", preview, StringComparison.Ordinal);
        Assert.Contains("{&quot;yen&quot;:420}", preview, StringComparison.Ordinal);
        Assert.Equal(0, await ImportedPackagesAsync(factory, "R14-page"));

        using var confirmed = await browser.PostAsync(Path, [("_handler", "law-package-import"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(preview)), ("Input.Content", HiddenContent(preview))]);
        var html = await confirmed.Content.ReadAsStringAsync(Ct);

        Assert.Contains("パッケージ R14-page を取り込みました（設定値 1 件）。", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"law-package-history-row\"", html, StringComparison.Ordinal);
        Assert.Equal(420, (await ReadAsync(factory, "035033", LawPackageSettings.Fee, new DateOnly(2036, 4, 1))).Yen);
    }

    [Fact]
    public async Task A_malformed_upload_shows_the_problem_next_to_the_file_field_and_stores_nothing()
    {
        using var browser = await OperatorAsync();

        var html = await UploadAsync(browser, "format: tsunagi-law-package/1\nid: [broken\n"u8.ToArray());

        Assert.Contains("パッケージファイル：YAML として読み取れません", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"law-package-file-hint law-package-file-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_administrator_cannot_open_the_page()
    {
        using var admin = new StaffBrowser(factory);
        await admin.SignInAsync("034614", "admin", "admin-034614-demo");

        using var response = await admin.GetAsync(Path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<StaffBrowser> OperatorAsync()
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(Sanriku, "operator", "operator-sanriku-demo");
        return browser;
    }

    private static async Task<string> UploadAsync(StaffBrowser browser, byte[] file)
    {
        var page = await browser.PageAsync(Path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("law-package-upload"), "_handler" },
            { new StringContent(StaffBrowser.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Package", "package.yaml" },
        };
        using var response = await browser.Client.PostAsync(Path, form, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string HiddenContent(string html) => WebUtility.HtmlDecode(HiddenField().Match(html).Groups["value"].Value);

    [GeneratedRegex("name=\"Input.Content\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}
