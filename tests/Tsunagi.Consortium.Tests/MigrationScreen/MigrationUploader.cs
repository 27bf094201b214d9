using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.MigrationScreen;

/// <summary>Posts the /migration upload form the way a browser does (multipart, with the page's antiforgery token unless told otherwise).</summary>
internal static class MigrationUploader
{
    public const string PagePath = "/migration";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> UploadAsync(StaffBrowser browser, byte[] file, string encoding = "auto", string? token = null, bool sendToken = true)
    {
        token ??= StaffBrowser.AntiforgeryToken(await browser.PageAsync(PagePath));
        using var form = new MultipartFormDataContent
        {
            { new StringContent("migration-upload"), "_handler" },
            { new ByteArrayContent(file), "LegacyFile", "住民.csv" },
            { new StringContent(encoding), "Encoding" },
            { new StringContent("true"), "UseStandardMapping" },
        };
        if (sendToken)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return await browser.Client.PostAsync(PagePath, form, Ct);
    }

    /// <summary>Uploads for a dry run that must succeed; returns the report page's path (<c>/migration?upload=…</c>).</summary>
    public static async Task<string> DryRunAsync(StaffBrowser browser, byte[] file, string encoding = "auto")
    {
        using var response = await UploadAsync(browser, file, encoding);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, "upload answered " + response.StatusCode + " " + await response.Content.ReadAsStringAsync(Ct));
        return StaffBrowser.RedirectPath(response)!;
    }

    public static string UploadId(string reportPath) => reportPath[(reportPath.IndexOf("upload=", StringComparison.Ordinal) + 7)..];
}
