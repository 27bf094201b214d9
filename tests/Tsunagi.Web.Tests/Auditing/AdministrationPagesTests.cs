using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Web.Tests.Auditing.AuditPagesFactory;

namespace Tsunagi.Web.Tests.Auditing;

/// <summary>/admin/staff for a town's administrator and /operator/municipalities for the consortium's operator.</summary>
public sealed class AdministrationPagesTests(AuditPagesFactory factory) : IClassFixture<AuditPagesFactory>
{
    [Fact]
    public async Task The_administrator_sees_only_the_own_towns_staff_with_roles_second_factor_and_lockout()
    {
        await CreateStaffAsync(Otsuchi, "otsuchi-extra", lockedFor: TimeSpan.FromMinutes(15));
        await CreateStaffAsync(Noda, "noda-extra");
        var admin = await factory.Login.AsAsync(Otsuchi, "admin");

        var page = await AuditTestLogin.GetPageAsync(admin, "/admin/staff");

        var rows = StaffRows(page);
        Assert.Equal((await UserNamesAsync(Otsuchi)).Take(50), rows.Select(r => r.GetAttribute("data-user-name")));
        Assert.Contains("otsuchi-extra", rows.Select(r => r.GetAttribute("data-user-name")));
        Assert.DoesNotContain("noda-extra", page.Body!.TextContent, StringComparison.Ordinal);
        var adminRow = rows.Single(r => r.GetAttribute("data-user-name") == "admin");
        Assert.Contains("管理 太郎（デモ）", adminRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("管理者", adminRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("無効", adminRow.QuerySelector("[data-testid=second-factor]")!.TextContent);
        Assert.Equal("なし", adminRow.QuerySelector("[data-testid=locked-out]")!.TextContent.Trim());
        var locked = rows.Single(r => r.GetAttribute("data-user-name") == "otsuchi-extra");
        Assert.Equal("2026/11/23 09:45 までロック中", locked.QuerySelector("[data-testid=locked-out]")!.TextContent.Trim());
        // The other town's administrator does see its own extra member.
        var nodaPage = await AuditTestLogin.GetPageAsync(await factory.Login.AsAsync(Noda, "admin"), "/admin/staff");
        Assert.Contains("noda-extra", StaffRows(nodaPage).Select(r => r.GetAttribute("data-user-name")));
    }

    [Fact]
    public async Task The_staff_list_pages_fifty_members_at_a_time()
    {
        for (var i = 1; i <= 52; i++)
        {
            await CreateStaffAsync(Otsuchi, $"z-bulk-{i:00}");
        }

        var admin = await factory.Login.AsAsync(Otsuchi, "admin");
        var expected = await UserNamesAsync(Otsuchi);

        var first = await AuditTestLogin.GetPageAsync(admin, "/admin/staff");
        var second = await AuditTestLogin.GetPageAsync(admin, first.QuerySelector("[data-testid=pager] a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(expected.Take(50), StaffRows(first).Select(r => r.GetAttribute("data-user-name")));
        Assert.Equal(expected.Skip(50), StaffRows(second).Select(r => r.GetAttribute("data-user-name")));
        Assert.StartsWith($"全 {expected.Count} 人中 51〜", second.QuerySelector("[data-testid=staff-count]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_sees_the_municipalities_of_the_own_consortium_only()
    {
        await factory.InScopeAsync(Sanriku, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Consortia.Add(new Tsunagi.Platform.Tenancy.Consortium("other-consortium", "別の協議会"));
            db.Municipalities.Add(Municipality.FromMaster(LocalGovernmentMaster.Instance.Find("032026")!, "other-consortium", factory.Time.GetUtcNow()));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var operatorClient = await factory.Login.AsAsync(Sanriku, "operator");

        var page = await AuditTestLogin.GetPageAsync(operatorClient, "/operator/municipalities");

        var rows = page.QuerySelectorAll("[data-testid=municipality-row]").Cast<IHtmlTableRowElement>().ToList();
        Assert.Equal(["034614", "034851", "035033"], rows.Select(r => r.GetAttribute("data-code")));
        Assert.Equal(["岩手県大槌町", "岩手県普代村", "岩手県野田村"], rows.Select(r => r.Cells[1].TextContent));
        Assert.All(rows, r => Assert.Equal("利用中", r.Cells[2].TextContent));
        Assert.All(rows, r => Assert.Equal("2026/11/23", r.Cells[3].TextContent));
        Assert.DoesNotContain("宮古市", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("三陸沿岸自治体クラウド協議会（デモ）", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_administrator_is_denied_the_operator_page_and_the_operator_the_staff_list_of_a_town()
    {
        var admin = await factory.Login.AsAsync(Otsuchi, "admin");
        var operatorClient = await factory.Login.AsAsync(Sanriku, "operator");

        var adminResponse = await admin.GetAsync("/operator/municipalities", TestContext.Current.CancellationToken);
        var operatorResponse = await operatorClient.GetAsync("/admin/staff", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, adminResponse.StatusCode);
        Assert.StartsWith("/account/access-denied", adminResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, operatorResponse.StatusCode);
        Assert.StartsWith("/account/access-denied", operatorResponse.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static List<IHtmlTableRowElement> StaffRows(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=staff-row]").Cast<IHtmlTableRowElement>().ToList();

    /// <summary>A staff member without a password (fast; these tests never sign them in), optionally locked out from now.</summary>
    private async Task CreateStaffAsync(string tenantId, string userName, TimeSpan? lockedFor = null) =>
        await factory.InScopeAsync(tenantId, async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffMember>>();
            var member = new StaffMember { TenantId = tenantId, UserName = userName, DisplayName = userName + "（テスト）" };
            Assert.True((await users.CreateAsync(member)).Succeeded);
            if (lockedFor is { } duration)
            {
                Assert.True((await users.SetLockoutEndDateAsync(member, factory.Time.GetUtcNow() + duration)).Succeeded);
            }
        });

    /// <summary>The tenant's user names in the list's order (by normalised user name), read in the tenant's scope.</summary>
    private async Task<List<string>> UserNamesAsync(string tenantId)
    {
        List<string> names = [];
        await factory.InScopeAsync(tenantId, async sp =>
            names = await sp.GetRequiredService<PlatformDbContext>().Users.OrderBy(u => u.NormalizedUserName).Select(u => u.UserName!).ToListAsync(TestContext.Current.CancellationToken));
        return names;
    }
}
