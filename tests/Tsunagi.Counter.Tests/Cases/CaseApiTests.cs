using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Cases;

public sealed partial class CaseApiTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    [Fact]
    public async Task Reception_from_a_pre_application_keeps_its_draft_suggests_the_procedures_and_keeps_only_the_last_four_characters_of_the_identity_number()
    {
        using var api = await ApiClientAsync(factory);
        var reference = NewReference();
        factory.PreApplications.Add(reference, Family());

        var (status, opened) = await PostAsync(api, "/api/v1/counter/cases", MoveInReception(reference, "AB-1234-5678"));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Matches(ReceptionNumber(), opened.GetProperty("receptionNumber").GetString());
        var caseId = opened.GetProperty("caseId").GetGuid();
        Assert.Equal(caseId, factory.PreApplications.Taken[reference]);
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.Equal(["residents.move-in", "nhi.join", "child.allowance"], counterCase.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("procedureCode").GetString()));
        Assert.Equal("中学生以下の子がいます", StepOf(counterCase, "child.allowance").GetProperty("suggestionReason").GetString());
        Assert.True(StepOf(counterCase, "residents.move-in").GetProperty("executedByPlatform").GetBoolean());
        Assert.Equal("5678", counterCase.GetProperty("identityNumberLast4").GetString());
        Assert.Equal("翔", counterCase.GetProperty("moveInDraft").GetProperty("members")[2].GetProperty("givenName").GetString());
        var stored = await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<CounterDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, Cancellation));
        Assert.DoesNotContain("1234", stored.IdentityNumberLast4, StringComparison.Ordinal);
        var audit = await AuditLog.EventsAsync(factory, Otsuchi);
        Assert.Contains(audit, e => e.Action == "counter.case-opened" && e.SubjectId == caseId.ToString());
        Assert.Contains(audit, e => e.Action == "counter.case-viewed" && e.SubjectId == caseId.ToString());
    }

    [Fact]
    public async Task Reception_without_a_document_or_a_person_is_refused_naming_each_field()
    {
        using var api = await ApiClientAsync(factory);

        var (status, problem) = await PostAsync(api, "/api/v1/counter/cases", new { lifeEvent = "転入", identityNumber = "12" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = problem.GetProperty("errors");
        Assert.Equal("本人確認書類：一覧から選択してください。", errors.GetProperty("identityDocument")[0].GetString());
        Assert.Equal("本人確認書類の番号：英数字4〜30文字で入力してください。", errors.GetProperty("identityNumber")[0].GetString());
        Assert.StartsWith("本人：", errors.GetProperty("residentId")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_opens_one_case()
    {
        using var api = await ApiClientAsync(factory);
        var body = MoveInReception();

        var (first, one) = await PostAsync(api, "/api/v1/counter/cases", body, "open-once-" + NewReference());
        var key = "open-twice-" + NewReference();
        var (_, a) = await PostAsync(api, "/api/v1/counter/cases", body, key);
        var (againStatus, b) = await PostAsync(api, "/api/v1/counter/cases", body, key);

        Assert.Equal(HttpStatusCode.Created, first);
        Assert.Equal(HttpStatusCode.Created, againStatus);
        Assert.Equal(a.GetProperty("caseId").GetGuid(), b.GetProperty("caseId").GetGuid());
        Assert.NotEqual(one.GetProperty("caseId").GetGuid(), a.GetProperty("caseId").GetGuid());
    }

    [Fact]
    public async Task Another_municipalitys_case_is_not_found()
    {
        using var otsuchi = await ApiClientAsync(factory);
        using var noda = await ApiClientAsync(factory, Noda);
        var (caseId, _) = await OpenMoveInAsync(factory, otsuchi, Family());
        var (_, counterCase) = await GetAsync(otsuchi, $"/api/v1/counter/cases/{caseId}");
        var stepId = StepOf(counterCase, "nhi.join").GetProperty("id").GetGuid();

        var (getStatus, _) = await GetAsync(noda, $"/api/v1/counter/cases/{caseId}");
        var (callStatus, _) = await PostAsync(noda, $"/api/v1/counter/cases/{caseId}/call", null);
        var (stepStatus, _) = await PostAsync(noda, $"/api/v1/counter/cases/{caseId}/steps/{stepId}/transitions", new { state = "accepted" });
        var (_, list) = await GetAsync(noda, "/api/v1/counter/cases?pageSize=100");

        Assert.Equal(HttpStatusCode.NotFound, getStatus);
        Assert.Equal(HttpStatusCode.NotFound, callStatus);
        Assert.Equal(HttpStatusCode.NotFound, stepStatus);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == caseId);
    }

    [Fact]
    public async Task A_case_goes_through_its_workflow_and_closes_only_when_every_step_is_finished()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("佐藤"));
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        var steps = counterCase.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, $"/api/v1/counter/cases/{caseId}/call", null)).Status);
        var (serveStatus, served) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/serve", null);
        var (earlyStatus, early) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/close", null);
        var (staleStatus, _) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{steps[1]}/transitions", new { state = "accepted", version = 0 });
        var (noReason, reasonProblem) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{steps[0]}/transitions", new { state = "not-needed" });
        foreach (var step in steps)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(api, $"/api/v1/counter/cases/{caseId}/steps/{step}/transitions", new { state = "not-needed", reason = "試験のため不要" })).Status);
        }

        var (closeStatus, closed) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/close", null);

        Assert.Equal("対応中", served.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, serveStatus);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, earlyStatus);
        Assert.Equal("手続：完了または不要（理由付き）になっていない手続が3件あります。", early.GetProperty("errors").GetProperty("steps")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, staleStatus);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason);
        Assert.Equal("理由：「不要」にするときは理由を入力してください。", reasonProblem.GetProperty("errors").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, closeStatus);
        Assert.Equal("完了", closed.GetProperty("state").GetString());
        var (againStatus, _) = await PostAsync(api, $"/api/v1/counter/cases/{caseId}/cancel", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, againStatus);
        Assert.Equal(1, await OutboxCountAsync("CounterCaseClosed", caseId));
    }

    [Fact]
    public async Task The_inbox_of_a_department_lists_only_its_unfinished_steps_of_open_cases()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("高橋"));

        var (status, inbox) = await GetAsync(api, $"/api/v1/counter/inbox?department={Uri.EscapeDataString(FakeProcedureSuggestions.Children)}&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, status);
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(FakeProcedureSuggestions.Children, i.GetProperty("department").GetString()));
        var mine = Assert.Single(items, i => i.GetProperty("caseId").GetGuid() == caseId);
        Assert.Equal("児童手当 認定請求", mine.GetProperty("procedureName").GetString());
        Assert.False(mine.GetProperty("overdue").GetBoolean());
        var (missing, _) = await GetAsync(api, "/api/v1/counter/inbox");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing);
    }

    private Task<int> OutboxCountAsync(string type, Guid caseId) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<PlatformDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Type.EndsWith(type) && m.Payload.Contains(caseId.ToString()), Cancellation));

    [GeneratedRegex(@"^A-\d{3}$")]
    private static partial Regex ReceptionNumber();
}
