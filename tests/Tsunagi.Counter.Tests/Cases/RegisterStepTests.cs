using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Cases;

public sealed class RegisterStepTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    [Fact]
    public async Task The_move_in_step_registers_the_drafted_household_and_completes_the_step()
    {
        using var api = await ApiClientAsync(factory);
        var draft = Family("伊藤");
        var (caseId, _) = await OpenMoveInAsync(factory, api, draft);
        var stepId = await MoveInStepAsync(api, caseId);

        var (status, outcome) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{stepId}/move-in", draft);

        Assert.Equal(HttpStatusCode.OK, status);
        var householdId = outcome.GetProperty("householdId").GetGuid();
        var household = await InOtsuchi(sp => sp.GetRequiredService<IRegisterExtract>().HouseholdAsOfAsync(householdId, new DateOnly(2026, 11, 23), "試験"));
        Assert.Equal(4, household!.Members.Count);
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.Equal("完了", StepOf(counterCase, "residents.move-in").GetProperty("state").GetString());
        Assert.Equal(householdId, StepOf(counterCase, "residents.move-in").GetProperty("resultId").GetGuid());
        Assert.Equal(1, await OutboxCountAsync(stepId));
    }

    [Fact]
    public async Task A_refused_move_in_leaves_nothing_no_resident_no_completed_step_no_event()
    {
        using var api = await ApiClientAsync(factory);
        var draft = Family("渡辺");
        var (caseId, _) = await OpenMoveInAsync(factory, api, draft);
        var stepId = await MoveInStepAsync(api, caseId);
        var residentsBefore = await InOtsuchi(sp => sp.GetRequiredService<IResidentCount>().CountAsync());
        var broken = draft with { Members = [draft.Members[0], draft.Members[1] with { DateOfBirth = "2040-01-01" }, draft.Members[2], draft.Members[3]] };

        var (status, problem) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{stepId}/move-in", broken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("members[1].dateOfBirth", out _), problem.ToString());
        Assert.Equal(residentsBefore, await InOtsuchi(sp => sp.GetRequiredService<IResidentCount>().CountAsync()));
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.Equal("未着手", StepOf(counterCase, "residents.move-in").GetProperty("state").GetString());
        Assert.Equal(0, await OutboxCountAsync(stepId));
    }

    [Fact]
    public async Task A_step_the_platform_does_not_execute_cannot_be_run_as_a_move_in()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("山本"));
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        var other = StepOf(counterCase, "nhi.join").GetProperty("id").GetGuid();

        var (status, problem) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{other}/move-in", Family("山本"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("手続：この手続は転入届ではありません。", problem.GetProperty("errors").GetProperty("step")[0].GetString());
    }

    private static async Task<Guid> MoveInStepAsync(HttpClient api, Guid caseId)
    {
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        return StepOf(counterCase, "residents.move-in").GetProperty("id").GetGuid();
    }

    private Task<T> InOtsuchi<T>(Func<IServiceProvider, Task<T>> work) => factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, work);

    private Task<int> OutboxCountAsync(Guid stepId) =>
        InOtsuchi(sp => sp.GetRequiredService<PlatformDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Type.EndsWith("CaseStepCompleted") && m.Payload.Contains(stepId.ToString()), Cancellation));
}
