using System.Net;
using AngleSharp.Html.Dom;
using Tsunagi.Platform.Auditing;
using Tsunagi.Testing;
using static Tsunagi.Web.Tests.Auditing.AuditPagesFactory;

namespace Tsunagi.Web.Tests.Auditing;

public sealed class AuditLogPageTests(AuditPagesFactory factory) : IClassFixture<AuditPagesFactory>
{
    [Fact]
    public async Task The_auditor_sees_the_own_towns_events_and_none_of_another_towns()
    {
        await factory.RecordAsync(Otsuchi, "job:otsuchi-nightly", new AuditEntry("test.isolation", "item", "otsuchi-item"));
        await factory.RecordAsync(Noda, "job:noda-nightly", new AuditEntry("test.isolation", "item", "noda-item"));
        var otsuchiAuditor = await factory.Login.AsAsync(Otsuchi, "auditor");
        var nodaAuditor = await factory.Login.AsAsync(Noda, "auditor");

        var everything = await AuditTestLogin.GetPageAsync(otsuchiAuditor, "/audit");
        var isolation = await AuditTestLogin.GetPageAsync(otsuchiAuditor, "/audit?action=test.isolation");

        Assert.Contains("otsuchi-item", SubjectIds(everything));
        Assert.DoesNotContain("noda-item", everything.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("job:noda-nightly", everything.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["otsuchi-item"], SubjectIds(isolation));
        // The other town's auditor sees its own event: the filter is what hides it, not a missing event.
        Assert.Equal(["noda-item"], SubjectIds(await AuditTestLogin.GetPageAsync(nodaAuditor, "/audit?action=test.isolation")));
    }

    [Fact]
    public async Task Filtering_by_an_actor_of_another_town_shows_nothing()
    {
        var otsuchiAuditor = await factory.Login.AsAsync(Otsuchi, "auditor");
        var nodaAuditor = await factory.Login.AsAsync(Noda, "auditor");
        var nodaAuditorId = await factory.StaffIdAsync(Noda, "auditor");

        var fromOtsuchi = await AuditTestLogin.GetPageAsync(otsuchiAuditor, $"/audit?actor={nodaAuditorId}");
        var fromNoda = await AuditTestLogin.GetPageAsync(nodaAuditor, $"/audit?actor={nodaAuditorId}");
        var seeding = await AuditTestLogin.GetPageAsync(otsuchiAuditor, "/audit?actor=system&action=staff.create");
        List<string> otsuchiStaffIds = [await factory.StaffIdAsync(Otsuchi, "admin"), await factory.StaffIdAsync(Otsuchi, "clerk"), await factory.StaffIdAsync(Otsuchi, "auditor")];

        Assert.Empty(Rows(fromOtsuchi));
        Assert.Equal("条件に合う記録はありません。", Count(fromOtsuchi));
        Assert.NotEmpty(Rows(fromNoda));
        Assert.All(ActorIds(fromNoda), id => Assert.Equal(nodaAuditorId, id));
        // Seeding created three staff members in every town as the same system actor; only the own three show.
        Assert.Equal(otsuchiStaffIds.Order(StringComparer.Ordinal), SubjectIds(seeding).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_staff_members_user_name_finds_their_events_in_the_own_town_only()
    {
        var otsuchiAuditor = await factory.Login.AsAsync(Otsuchi, "auditor");
        await factory.Login.AsAsync(Noda, "auditor");
        var otsuchiAuditorId = await factory.StaffIdAsync(Otsuchi, "auditor");

        var page = await AuditTestLogin.GetPageAsync(otsuchiAuditor, "/audit?actor=auditor&action=staff.login");

        var row = Assert.Single(Rows(page));
        Assert.Equal(otsuchiAuditorId, row.QuerySelector("[data-testid=actor-id]")!.TextContent);
        Assert.Contains("ログイン", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("職員", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026/11/23 09:30:00", row.QuerySelector("time")!.TextContent);
        Assert.Equal("2026-11-23T00:30:00.0000000+00:00", row.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("成功", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clerk_is_denied_the_audit_log_and_the_staff_list()
    {
        var clerk = await factory.Login.AsAsync(Otsuchi, "clerk");

        foreach (var url in new[] { "/audit", "/admin/staff", "/operator/municipalities" })
        {
            var response = await clerk.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Paging_shows_fifty_events_a_page_newest_first_and_page_two_shows_the_next_ones()
    {
        await factory.AppendAllAsync(Otsuchi, "job:paging", Enumerable.Range(1, 60).Select(i => new AuditEntry("test.paging", "item", $"paging-{i:00}")));
        var auditor = await factory.Login.AsAsync(Otsuchi, "auditor");

        var first = await AuditTestLogin.GetPageAsync(auditor, "/audit?action=test.paging");
        var nextLink = first.QuerySelector("[data-testid=pager] a[rel=next]")!.GetAttribute("href")!;
        var second = await AuditTestLogin.GetPageAsync(auditor, nextLink);

        Assert.Equal(Enumerable.Range(11, 50).Reverse().Select(i => $"paging-{i:00}"), SubjectIds(first));
        Assert.Equal("全 60 件中 1〜50 件目", Count(first));
        Assert.Contains("action=test.paging", nextLink, StringComparison.Ordinal);
        Assert.Contains("page=2", nextLink, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(i => $"paging-{i:00}"), SubjectIds(second));
        Assert.Equal("全 60 件中 51〜60 件目", Count(second));
        Assert.Equal("page", second.QuerySelector("[data-testid=pager] a[aria-current]")!.GetAttribute("aria-current"));
        Assert.Equal("2", second.QuerySelector("[data-testid=pager] a[aria-current]")!.TextContent);
    }

    [Fact]
    public async Task Counts_and_page_links_are_written_with_thousands_separators_and_are_plain_links()
    {
        await factory.AppendAllAsync(Otsuchi, "job:bulk", Enumerable.Range(1, 1234).Select(i => new AuditEntry("test.bulk", "item", $"bulk-{i}")));
        var auditor = await factory.Login.AsAsync(Otsuchi, "auditor");

        var page = await AuditTestLogin.GetPageAsync(auditor, "/audit?action=test.bulk&page=3");

        Assert.Equal("全 1,234 件中 101〜150 件目", Count(page));
        var links = page.QuerySelectorAll("nav[data-testid=pager] a").Cast<IHtmlAnchorElement>().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.StartsWith("/audit?", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(links, a => a.TextContent == "25" && a.GetAttribute("href")!.Contains("page=25", StringComparison.Ordinal));
        Assert.Equal("page", links.Single(a => a.TextContent == "3").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task An_impossible_date_shows_an_error_naming_the_field_and_no_results()
    {
        var auditor = await factory.Login.AsAsync(Otsuchi, "auditor");
        var readsBefore = (await factory.EventsAsync(Otsuchi)).Count(e => e.Action == "audit.read");

        var page = await AuditTestLogin.GetPageAsync(auditor, "/audit?from=" + Uri.EscapeDataString("令和7年2月30日"));

        Assert.Equal("期間（開始）：「令和7年2月30日」は存在しない日付です。", page.QuerySelector("#from-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#from")!.GetAttribute("aria-invalid"));
        Assert.Equal("令和7年2月30日", page.QuerySelector("#from")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("[role=alert]"));
        Assert.Null(page.QuerySelector("[data-testid=audit-table]"));
        Assert.Null(page.QuerySelector("[data-testid=audit-count]"));
        Assert.Equal(readsBefore, (await factory.EventsAsync(Otsuchi)).Count(e => e.Action == "audit.read"));
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_on_the_end_field()
    {
        var auditor = await factory.Login.AsAsync(Otsuchi, "auditor");

        var page = await AuditTestLogin.GetPageAsync(auditor, "/audit?from=2026-11-23&to=R8.11.22");

        Assert.Contains("期間（終了）", page.QuerySelector("#to-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#from-error"));
        Assert.Null(page.QuerySelector("[data-testid=audit-table]"));
    }

    [Fact]
    public async Task Viewing_the_audit_log_appends_an_audit_read_event_by_the_viewer()
    {
        var auditor = await factory.Login.AsAsync(Otsuchi, "auditor");
        var auditorId = await factory.StaffIdAsync(Otsuchi, "auditor");
        var before = await factory.EventsAsync(Otsuchi);

        await AuditTestLogin.GetPageAsync(auditor, "/audit?action=staff.login&page=1");

        var after = await factory.EventsAsync(Otsuchi);
        var read = Assert.Single(after.Skip(before.Count));
        Assert.Equal(("audit.read", "audit-log", "action=staff.login;page=1"), (read.Action, read.SubjectType, read.SubjectId));
        Assert.Equal((AuditActorKind.StaffMember, auditorId, AuditOutcome.Succeeded), (read.ActorKind, read.ActorId, read.Outcome));
        Assert.Equal(before[^1].Hash, read.PreviousHash);
    }

    private static List<IHtmlTableRowElement> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=audit-row]").Cast<IHtmlTableRowElement>().ToList();

    private static List<string> SubjectIds(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=audit-row] [data-testid=subject-id]").Select(e => e.TextContent).ToList();

    private static List<string> ActorIds(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=audit-row] [data-testid=actor-id]").Select(e => e.TextContent).ToList();

    private static string? Count(IHtmlDocument page) => page.QuerySelector("[data-testid=audit-count]")?.TextContent;
}
