using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.Lobby;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Web.Demo;

namespace Tsunagi.Counter.Tests.Demo;

public sealed class DemoCounterCasesTests(DemoCasesFactory factory) : IClassFixture<DemoCasesFactory>
{
    private const string Otsuchi = "034614";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_gives_Otsuchi_a_family_move_in_a_closed_certificates_visit_a_move_out_in_service_and_an_overdue_step()
    {
        var cases = await CasesAsync(Otsuchi);
        var now = factory.Time.GetUtcNow();

        var moveIn = Assert.Single(cases, c => c.LifeEvent == LifeEvent.MoveIn);
        Assert.True(moveIn.Steps.Select(s => s.Department).Distinct().Count() >= 3, string.Join(",", moveIn.Steps.Select(s => s.Department)));
        Assert.Equal(CaseState.Closed, Assert.Single(cases, c => c.LifeEvent == LifeEvent.CertificatesOnly).State);
        Assert.All(cases.Single(c => c.LifeEvent == LifeEvent.CertificatesOnly).Steps, s => Assert.Equal(StepState.Completed, s.State));
        Assert.Equal(CaseState.InService, Assert.Single(cases, c => c.LifeEvent == LifeEvent.MoveOut).State);
        Assert.Contains(cases.SelectMany(c => c.Steps), s => s.IsOverdue(now));
        Assert.Equal(cases.Count, cases.Select(c => c.ReceptionNumber).Distinct().Count());
    }

    [Fact]
    public async Task The_cases_are_only_in_the_demo_town_and_seeding_again_adds_nothing()
    {
        var before = (await CasesAsync(Otsuchi)).Count;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoConsortium>().SeedAsync(Cancellation);
        }

        Assert.Equal(4, before);
        Assert.Equal(before, (await CasesAsync(Otsuchi)).Count);
        Assert.Empty(await CasesAsync("035033"));
        Assert.Empty(await CasesAsync("034851"));
    }

    [Fact]
    public async Task The_lobby_shows_the_demo_numbers_of_today()
    {
        var board = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<LobbyBoardQuery>().BoardAsync(CounterAreas.Default, Cancellation));

        Assert.Single(board.Waiting);
        Assert.Equal(2, board.InService.Count);
        Assert.Single(board.Done);
    }

    private Task<List<CounterCase>> CasesAsync(string town) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<CounterDbContext>().Cases.AsNoTracking().ToListAsync(Cancellation));
}
