using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Features.StaffDepartments;
using Tsunagi.Counter.Tests.Cases;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Pages;

public sealed class InboxAndDepartmentsTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    [Fact]
    public async Task The_inbox_shows_only_the_steps_of_the_staff_members_departments()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var staff = await StaffFixtures.FindAsync(factory, userName);
        await AssignAsync(staff.Id, FakeProcedureSuggestions.Insurance);
        using var api = await ApiClientAsync(factory);
        var (_, number) = await OpenMoveInAsync(factory, api, Family("阿部"));
        using var browser = await PageFixtures.ClerkAsync(factory, userName);

        var html = await browser.PageAsync("/counter/inbox?page=1");
        var typedOther = await browser.PageAsync($"/counter/inbox?department={Uri.EscapeDataString(FakeProcedureSuggestions.Children)}");

        var inbox = StaffBrowser.TextOf(html, "inbox")!;
        Assert.Contains(number, inbox, StringComparison.Ordinal);
        Assert.Contains("国民健康保険 加入", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain("児童手当", html, StringComparison.Ordinal);
        Assert.DoesNotContain("児童手当", typedOther, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_member_without_departments_is_told_to_ask_a_manager()
    {
        using var browser = await PageFixtures.ClerkAsync(factory);

        var html = await browser.PageAsync("/counter/inbox");

        Assert.NotNull(StaffBrowser.TextOf(html, "no-departments"));
        Assert.Null(StaffBrowser.TextOf(html, "inbox"));
    }

    [Fact]
    public async Task The_inbox_API_without_a_department_refuses_a_client_that_has_none()
    {
        using var api = await ApiClientAsync(factory);

        var (status, problem) = await GetAsync(api, "/api/v1/counter/inbox");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("担当課：指定してください", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_departments_needs_counter_manage()
    {
        using var clerk = await PageFixtures.ClerkAsync(factory);

        using var response = await clerk.GetAsync("/counter/departments");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.NotEqual("/counter/departments", StaffBrowser.RedirectPath(response));
    }

    [Fact]
    public async Task A_manager_assigns_departments_from_the_catalogue_and_an_unknown_one_is_refused()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        var staff = await StaffFixtures.FindAsync(factory, userName);
        using var manager = await PageFixtures.ManagerAsync(factory);

        using var saved = await manager.SubmitAsync("/counter/departments", "staff-departments", ("Input.StaffId", staff.Id.ToString()), ("department", "住民課"), ("department", "保険年金課"));
        using var refused = await manager.SubmitAsync("/counter/departments", "staff-departments", ("Input.StaffId", staff.Id.ToString()), ("department", "存在しない課"));

        Assert.NotNull(StaffBrowser.TextOf(await saved.Content.ReadAsStringAsync(Cancellation), "departments-saved"));
        Assert.Contains("担当課：手続一覧にない担当課は選択できません。", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(["住民課", "保険年金課"], (await DepartmentsOfAsync(staff.Id)).Order(StringComparer.Ordinal));
    }

    private Task<int> AssignAsync(Guid staffId, params string[] departments) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            await sp.GetRequiredService<StaffDepartmentStore>().AssignAsync(staffId, departments, Cancellation);
            return 0;
        });

    private Task<IReadOnlyList<string>> DepartmentsOfAsync(Guid staffId) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<StaffDepartmentStore>().DepartmentsOfAsync(staffId, Cancellation));
}
