using System.Net;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Tests.Features.MoveOut;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.MoveOutCertificateExchange;

public sealed class LoadCertificatePageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Noda = "035033";

    [Fact]
    public async Task The_receiving_towns_move_in_form_is_filled_from_the_certificate_and_a_wrong_number_says_so()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var family = await MoveInAsync(factory, client, token);
        using var moveOut = await PostAsync(client, "/api/v1/notifications/move-out", token, MoveOutApiTests.Whole(family, Noda));
        using var json = await TokenRequests.JsonAsync(moveOut);
        var number = json.RootElement.GetProperty("certificateNumber").GetString()!;
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(Noda, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk, Noda), StaffFixtures.Password);

        using var loaded = await browser.SubmitAsync("/residents/move-in", "load-certificate", ("Load.MunicipalityCode", Otsuchi), ("Load.Number", number));
        var html = await loaded.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var wrong = await browser.SubmitAsync("/residents/move-in", "load-certificate", ("Load.MunicipalityCode", Otsuchi), ("Load.Number", "2026-999999"));
        var refused = await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        Assert.Contains("data-testid=\"certificate-loaded\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"一郎\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Input.Notification.MoveOutCertificateNumber\" value=\"{number}\"", html, StringComparison.Ordinal);
        Assert.Contains("転出証明書の番号：この番号の転出証明書は見つかりません", refused, StringComparison.Ordinal);
    }
}
