using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Metrics;

/// <summary>Cases with known timestamps stored straight in a town's counter tables, and API clients with chosen scopes.</summary>
internal static class MetricsFixtures
{
    private const string Secret = "test-secret-0123456789-abcdefghij";
    private static int _sequence = 500;

    /// <summary>Stores a case received at 09:00 JST on <paramref name="day"/>; minutes count from then; steps (department, SLA, done after).</summary>
    public static Task<Guid> AddCaseAsync(
        TsunagiFactory factory, string tenant, DateOnly day, LifeEvent lifeEvent, CaseState state, int? calledAfter, int? closedAfter,
        params (string Department, int SlaMinutes, int? CompletedAfter)[] steps)
    {
        var received = new DateTimeOffset(day.ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero);
        var sequence = Interlocked.Increment(ref _sequence);
        return factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<CounterDbContext>();
            var counterCase = new CounterCase
            {
                TenantId = tenant,
                Id = Guid.CreateVersion7(),
                Area = CounterAreas.Default,
                ReceivedOn = day,
                Sequence = sequence,
                ReceptionNumber = string.Create(CultureInfo.InvariantCulture, $"A-{sequence}"),
                LifeEvent = lifeEvent,
                IdentityDocument = IdentityDocument.DriversLicence,
                IdentityNumberLast4 = "1234",
                IsNewResident = true,
                State = state,
                ReceivedAt = received,
                CalledAt = calledAfter is { } c ? received.AddMinutes(c) : null,
                ClosedAt = closedAfter is { } d ? received.AddMinutes(d) : null,
            };
            for (var i = 0; i < steps.Length; i++)
            {
                var (department, sla, completed) = steps[i];
                counterCase.Steps.Add(new CaseStep
                {
                    TenantId = tenant,
                    Id = Guid.CreateVersion7(),
                    CaseId = counterCase.Id,
                    Position = i,
                    ProcedureCode = "test-" + department,
                    ProcedureName = department + "の手続",
                    Department = department,
                    State = completed is null ? StepState.Accepted : StepState.Completed,
                    CreatedAt = received,
                    CompletedAt = completed is { } done ? received.AddMinutes(done) : null,
                    DueAt = received.AddMinutes(sla),
                });
            }

            db.Cases.Add(counterCase);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return counterCase.Id;
        });
    }

    public static async Task<HttpClient> ApiClientAsync(TsunagiFactory factory, string scope, string tenant = StaffFixtures.Otsuchi)
    {
        var clientId = "metrics-" + Guid.CreateVersion7().ToString("N");
        await factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => sp.GetRequiredService<ApiClients>().CreateAsync(clientId, [scope], Secret));
        var client = factory.CreateClient();
        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("access_token").GetString());
        return client;
    }

    public static async Task<StaffBrowser> SignedInAsync(TsunagiFactory factory, StandardRole role)
    {
        var userName = await StaffFixtures.CreateAsync(factory, role);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        if (role == StandardRole.Administrator)
        {
            var (key, _) = await SecondFactorSteps.StartAsync(browser);
            await SecondFactorSteps.VerifyAsync(browser, SecondFactorSteps.CodeFor(key));
        }

        return browser;
    }
}
