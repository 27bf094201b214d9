using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Features.MoveOutCertificateExchange;
using Tsunagi.Residents.Tests.Features.MoveOut;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.MoveIn;

public sealed class MoveInCertificateApiTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Noda = "035033";
    private const string Path = "/api/v1/notifications/move-in";

    [Fact]
    public async Task A_move_in_through_the_api_marks_the_sending_towns_certificate_used_audited_in_both_towns()
    {
        var (number, certificateId) = await MoveOutToNodaAsync();
        var (client, token) = await NodaClientAsync();

        using var response = await PostAsync(client, Path, token, WithCertificate(number));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var certificate = await InTenantAsync(factory, (db, _) => db.MoveOutCertificates.SingleAsync(c => c.Id == certificateId));
        Assert.Equal(Noda, certificate.UsedByMunicipalityCode);
        Assert.Equal("used-by:" + Noda, await AuditPurposeAsync(Otsuchi, MoveOutCertificateExchangeService.UseAction, certificateId));
        Assert.Equal("used-from:" + Otsuchi, await AuditPurposeAsync(Noda, MoveOutCertificateExchangeService.UseAction, certificateId));
    }

    [Fact]
    public async Task A_second_move_in_with_the_same_certificate_is_refused_and_registers_nobody()
    {
        var (number, _) = await MoveOutToNodaAsync();
        var (client, token) = await NodaClientAsync();
        using var first = await PostAsync(client, Path, token, WithCertificate(number));
        var residents = await NodaResidentCountAsync();

        using var second = await PostAsync(client, Path, token, WithCertificate(number));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.StartsWith("転出証明書の番号：", await ErrorAsync(second, MoveOutCertificateExchangeService.NumberField), StringComparison.Ordinal);
        Assert.Equal(residents, await NodaResidentCountAsync());
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_result_instead_of_refusing_the_used_certificate()
    {
        var (number, _) = await MoveOutToNodaAsync();
        var (client, token) = await NodaClientAsync();
        var key = "certificate-" + Guid.CreateVersion7().ToString("N");
        using var first = await PostAsync(client, Path, token, WithCertificate(number), key);
        var residents = await NodaResidentCountAsync();

        using var repeat = await PostAsync(client, Path, token, WithCertificate(number), key);

        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await repeat.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(residents, await NodaResidentCountAsync());
    }

    [Fact]
    public async Task A_move_in_refused_by_the_register_gives_the_certificate_back()
    {
        var (number, certificateId) = await MoveOutToNodaAsync();
        var (client, token) = await NodaClientAsync();
        var refused = WithCertificate(number);
        refused.MovedInOn = "2010-04-01";

        using var response = await PostAsync(client, Path, token, refused);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var certificate = await InTenantAsync(factory, (db, _) => db.MoveOutCertificates.SingleAsync(c => c.Id == certificateId));
        Assert.Null(certificate.UsedByMunicipalityCode);
        using var retry = await PostAsync(client, Path, token, WithCertificate(number));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
    }

    private static Residents.Features.MoveIn.MoveInInput WithCertificate(string number)
    {
        var input = MoveInRequests.Family();
        input.MoveOutMunicipalityCode = Otsuchi;
        input.MoveOutCertificateNumber = number;
        return input;
    }

    private async Task<(string Number, Guid CertificateId)> MoveOutToNodaAsync()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var family = await MoveInAsync(factory, client, token);
        using var response = await PostAsync(client, "/api/v1/notifications/move-out", token, MoveOutApiTests.Whole(family, Noda));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        return (json.RootElement.GetProperty("certificateNumber").GetString()!, json.RootElement.GetProperty("certificateId").GetGuid());
    }

    private async Task<(HttpClient Client, string Token)> NodaClientAsync()
    {
        var client = factory.CreateClient();
        return (client, await TokenRequests.AccessTokenAsync(client, Noda, "residents.write"));
    }

    private Task<int> NodaResidentCountAsync() => InTenantAsync(factory, (db, _) => db.Residents.CountAsync(), Noda);

    private Task<string?> AuditPurposeAsync(string tenant, string action, Guid certificateId) =>
        InTenantAsync(factory, (_, platform) => platform.AuditEvents
            .Where(a => a.TenantId == tenant && a.Action == action && a.SubjectId == certificateId.ToString())
            .Select(a => a.Purpose).SingleAsync(), tenant);
}
