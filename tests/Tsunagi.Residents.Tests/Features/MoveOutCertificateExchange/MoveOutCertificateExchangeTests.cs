using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveOut;
using Tsunagi.Residents.Features.MoveOutCertificateExchange;
using Tsunagi.Residents.Tests.Features.MoveOut;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.MoveOutCertificateExchange;

public sealed class MoveOutCertificateExchangeTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Noda = "035033";
    private const string Fudai = "034851";

    [Fact]
    public async Task The_receiving_town_loads_a_certificate_addressed_to_it_and_both_towns_audit_the_exchange()
    {
        var (number, certificateId) = await MoveOutAsync(Noda);

        var loaded = await AsAsync(Noda, service => service.LoadAsync(Otsuchi, number, TestContext.Current.CancellationToken));

        Assert.Equal(3, loaded.Records.Count);
        Assert.Equal("髙橋", loaded.Records[0].Name.FamilyName);
        Assert.Equal(new DateOnly(2026, 11, 30), loaded.PlannedMoveOutOn);
        Assert.Equal("岩手県大槌町", loaded.MunicipalityName);
        Assert.Equal("disclosed-to:" + Noda, await AuditPurposeAsync(Otsuchi, MoveOutCertificateExchangeService.ExchangeAction, certificateId));
        Assert.Equal("received-from:" + Otsuchi, await AuditPurposeAsync(Noda, MoveOutCertificateExchangeService.ExchangeAction, certificateId));
    }

    [Fact]
    public async Task A_certificate_for_another_destination_is_refused()
    {
        var (number, _) = await MoveOutAsync(Noda);

        var refused = await Assert.ThrowsAsync<ResidentRuleException>(() => AsAsync(Fudai, service => service.LoadAsync(Otsuchi, number, TestContext.Current.CancellationToken)));

        Assert.Equal("Problem.CertificateOtherDestination", Assert.Single(refused.Problems).ProblemKey);
    }

    [Fact]
    public async Task A_used_certificate_is_refused_and_using_it_is_audited_in_both_towns()
    {
        var (number, certificateId) = await MoveOutAsync(Noda);
        await AsAsync(Noda, async service =>
        {
            await service.MarkUsedAsync(Otsuchi, number, TestContext.Current.CancellationToken);
            return 0;
        });

        var refused = await Assert.ThrowsAsync<ResidentRuleException>(() => AsAsync(Noda, service => service.LoadAsync(Otsuchi, number, TestContext.Current.CancellationToken)));
        var again = await Assert.ThrowsAsync<ResidentRuleException>(() => AsAsync(Noda, async service =>
        {
            await service.MarkUsedAsync(Otsuchi, number, TestContext.Current.CancellationToken);
            return 0;
        }));

        Assert.Equal("Problem.CertificateUsed", Assert.Single(refused.Problems).ProblemKey);
        Assert.Equal("Problem.CertificateUsed", Assert.Single(again.Problems).ProblemKey);
        Assert.Equal("used-by:" + Noda, await AuditPurposeAsync(Otsuchi, MoveOutCertificateExchangeService.UseAction, certificateId));
        Assert.Equal("used-from:" + Otsuchi, await AuditPurposeAsync(Noda, MoveOutCertificateExchangeService.UseAction, certificateId));
        var used = await InTenantAsync(factory, (db, _) => db.MoveOutCertificates.SingleAsync(c => c.Id == certificateId));
        Assert.Equal(Noda, used.UsedByMunicipalityCode);
    }

    [Fact]
    public async Task A_wrong_number_says_the_certificate_was_not_found()
    {
        var refused = await Assert.ThrowsAsync<ResidentRuleException>(() => AsAsync(Noda, service => service.LoadAsync(Otsuchi, "２０２６－９９９９９９", TestContext.Current.CancellationToken)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("Problem.CertificateNotFound", problem.ProblemKey);
        Assert.Equal(MoveOutCertificateExchangeService.NumberField, problem.Field);
    }

    [Fact]
    public async Task A_town_outside_the_consortium_or_the_town_itself_cannot_be_asked()
    {
        var (number, _) = await MoveOutAsync(Noda);

        var self = await Assert.ThrowsAsync<ResidentRuleException>(() => AsAsync(Otsuchi, service => service.LoadAsync(Otsuchi, number, TestContext.Current.CancellationToken)));
        var outside = await Assert.ThrowsAsync<ResidentRuleException>(() => AsAsync(Noda, service => service.LoadAsync("011002", number, TestContext.Current.CancellationToken)));

        Assert.Equal("Problem.NotConsortiumSource", Assert.Single(self.Problems).ProblemKey);
        Assert.Equal("Problem.NotConsortiumSource", Assert.Single(outside.Problems).ProblemKey);
    }

    private async Task<(string Number, Guid CertificateId)> MoveOutAsync(string destination)
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write");
        var family = await MoveInAsync(factory, client, token);
        using var response = await PostAsync(client, "/api/v1/notifications/move-out", token, MoveOutApiTests.Whole(family, destination));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        return (json.RootElement.GetProperty("certificateNumber").GetString()!, json.RootElement.GetProperty("certificateId").GetGuid());
    }

    private async Task<T> AsAsync<T>(string tenant, Func<MoveOutCertificateExchangeService, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve(tenant, TenantKind.Municipality);
        return await work(scope.ServiceProvider.GetRequiredService<MoveOutCertificateExchangeService>());
    }

    private Task<string?> AuditPurposeAsync(string tenant, string action, Guid certificateId) =>
        InTenantAsync(factory, (_, platform) => platform.AuditEvents
            .Where(a => a.TenantId == tenant && a.Action == action && a.SubjectId == certificateId.ToString())
            .Select(a => a.Purpose).SingleAsync(), tenant);
}
