using System.Net;
using SkiaSharp;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Tests.Settings;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.CertificateSettingsAdmin;

public sealed class CertificateSettingsTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Each_demo_town_has_its_mayors_title_a_synthetic_name_and_a_generated_red_seal()
    {
        foreach (var (code, title) in new[] { (Otsuchi, "大槌町長"), ("035033", "野田村長"), ("034851", "普代村長") })
        {
            var settings = await SettingsAsync(code);
            Assert.Equal(title, settings.MayorTitle);
            Assert.False(string.IsNullOrWhiteSpace(settings.MayorName));
            using var seal = SKBitmap.Decode(settings.SealBytes());
            Assert.Equal(seal.Width, seal.Height);
            var centreLeft = seal.GetPixel(12, seal.Height / 2);
            Assert.True(centreLeft.Red > 150 && centreLeft.Green < 80, $"the seal's ring is red ({centreLeft})");
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_png_is_refused_with_a_japanese_message_and_nothing_is_requested()
    {
        var before = await PendingCountAsync(Otsuchi);

        var html = await PostSettingsAsync("新しい認証文です。", "GIF89a not really an image"u8.ToArray());

        Assert.Contains("公印の画像：PNG画像として読み取れません。", html, StringComparison.Ordinal);
        Assert.Equal(before, await PendingCountAsync(Otsuchi));
    }

    [Fact]
    public async Task A_seal_over_200_KB_or_far_from_square_is_refused_and_nothing_is_requested()
    {
        var before = await PendingCountAsync(Otsuchi);

        var tooBig = await PostSettingsAsync("新しい認証文です。", NoisyPng(400, 400));
        var oblong = await PostSettingsAsync("新しい認証文です。", Png(200, 100));

        Assert.Contains("公印の画像：200KB以下のファイルを指定してください。", tooBig, StringComparison.Ordinal);
        Assert.Contains("公印の画像：ほぼ正方形の画像を指定してください", oblong, StringComparison.Ordinal);
        Assert.Equal(before, await PendingCountAsync(Otsuchi));
    }

    [Fact]
    public async Task A_square_png_is_requested_with_the_texts_and_the_counters_and_applies_only_once_another_administrator_approves()
    {
        var seal = Png(120, 120);
        var before = await SettingsAsync("034851");

        var html = await PostSettingsAsync("この写しは、住民票の原本と相違ないことを証明する。", seal, "034851", "本庁舎 住民窓口\r\n  \r\n支所 窓口");

        Assert.Contains("data-testid=\"settings-requested\"", html, StringComparison.Ordinal);
        Assert.Equal(CertificateSettingSource.Print.Serialize(before), CertificateSettingSource.Print.Serialize(await SettingsAsync("034851")));
        var request = Assert.Single(await StoredCertificateSettings.RequestsAsync(factory.Services, "034851", CertificateSettingSource.Print.Key), r => r.Status == SettingChangeStatus.Pending);
        Assert.Contains(await AuditLog.EventsAsync(factory, "034851"), e => e.Action == SettingChanges.RequestedAction);

        await StoredCertificateSettings.ApproveAsync(factory.Services, "034851", "second-admin", request.Id);

        var saved = await SettingsAsync("034851");
        Assert.Equal(seal, saved.SealBytes());
        Assert.Equal(["本庁舎 住民窓口", "支所 窓口"], saved.Counters);
        Assert.Equal("岬　三郎", saved.MayorName);
        Assert.Contains(await AuditLog.EventsAsync(factory, "034851"), e => e.Action == SettingChanges.ApprovedAction);
    }

    [Fact]
    public async Task A_request_without_a_new_seal_keeps_the_seal_in_force()
    {
        var before = await SettingsAsync("035033");

        var html = await PostSettingsAsync("この写しは、世帯全員の住民票の原本と相違ないことを証明する。", null, "035033");

        Assert.Contains("data-testid=\"settings-requested\"", html, StringComparison.Ordinal);
        var request = Assert.Single(await StoredCertificateSettings.RequestsAsync(factory.Services, "035033", CertificateSettingSource.Print.Key), r => r.Status == SettingChangeStatus.Pending);
        Assert.Equal(before.SealPng, CertificateSettingSource.Print.Read(request.ProposedJson).SealPng);
    }

    private async Task<string> PostSettingsAsync(string statement, byte[]? seal, string tenant = Otsuchi, string counters = "本庁舎 1番窓口")
    {
        using var admin = new StaffBrowser(factory);
        await admin.SignInAsync(tenant, "admin", $"admin-{tenant}-demo");
        var page = await admin.PageAsync("/certificates/settings");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("certificate-settings"), "_handler" },
            { new StringContent(StaffBrowser.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(statement), "Input.CertificationStatement" },
            { new StringContent("普代村長"), "Input.MayorTitle" },
            { new StringContent("岬　三郎"), "Input.MayorName" },
            { new StringContent(counters), "Input.Counters" },
            { new StringContent("2026-12-01"), "Input.EffectiveFrom" },
            { new StringContent("市長の交代"), "Input.Reason" },
        };
        if (seal is not null)
        {
            form.Add(new ByteArrayContent(seal), "Seal", "seal.png");
        }

        using var response = await admin.Client.PostAsync("/certificates/settings", form, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancellation);
    }

    private Task<CertificatePrintSettings> SettingsAsync(string tenant) =>
        StoredCertificateSettings.ReadAsync(factory.Services, tenant, CertificateSettingSource.Print, new DateOnly(2026, 12, 1));

    private async Task<int> PendingCountAsync(string tenant) =>
        (await StoredCertificateSettings.RequestsAsync(factory.Services, tenant, CertificateSettingSource.Print.Key)).Count(r => r.Status == SettingChangeStatus.Pending);

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Red);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Random pixels do not compress: a PNG well over 200 KB.</summary>
    private static byte[] NoisyPng(int width, int height)
    {
        var random = new Random(4);
        using var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
