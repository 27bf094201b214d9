using Tsunagi.Platform.Auditing;
using Tsunagi.Testing;
using static Tsunagi.Web.Tests.Auditing.AuditPagesFactory;

namespace Tsunagi.Web.Tests.Auditing;

/// <summary>
/// The period filter in Tokyo days, around midnight JST. Seeding happened on 2026-11-23 (JST); the test
/// records one event a microsecond before 2026-11-25 00:00 JST and one exactly at it, then signs in
/// (the clock only moves forward, so this class has a single test).
/// </summary>
public sealed class AuditLogPeriodTests(AuditPagesFactory factory) : IClassFixture<AuditPagesFactory>
{
    private static readonly DateTimeOffset MidnightOf25thInTokyo = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_period_is_a_range_of_Tokyo_days_typed_in_any_accepted_form()
    {
        factory.Time.SetUtcNow(MidnightOf25thInTokyo.AddTicks(-10));
        await factory.RecordAsync(Otsuchi, "job:period", new AuditEntry("test.period", "item", "before-midnight"));
        factory.Time.SetUtcNow(MidnightOf25thInTokyo);
        await factory.RecordAsync(Otsuchi, "job:period", new AuditEntry("test.period", "item", "at-midnight"));
        var auditor = await factory.Login.AsAsync(Otsuchi, "auditor");

        var from25th = await SubjectsAsync(auditor, "/audit?from=2026-11-25");
        var upTo24th = await SubjectsAsync(auditor, "/audit?to=" + Uri.EscapeDataString("R8.11.24"));
        var only24th = await SubjectsAsync(auditor, "/audit?from=" + Uri.EscapeDataString("令和8年11月24日") + "&to=" + Uri.EscapeDataString("２０２６－１１－２４"));
        var only23rd = await SubjectsAsync(auditor, "/audit?from=" + Uri.EscapeDataString("Ｒ８．１１．２３") + "&to=2026/11/23");

        Assert.Contains("at-midnight", from25th);
        Assert.DoesNotContain("before-midnight", from25th);
        Assert.Contains(await factory.StaffIdAsync(Otsuchi, "auditor"), from25th);
        Assert.Contains("before-midnight", upTo24th);
        Assert.DoesNotContain("at-midnight", upTo24th);
        Assert.Equal(["before-midnight"], only24th);
        // Everything seeding recorded on the 23rd (staff accounts, the demo API client), nothing of the later days.
        Assert.NotEmpty(only23rd);
        Assert.DoesNotContain("before-midnight", only23rd);
        Assert.DoesNotContain("at-midnight", only23rd);
    }

    private static async Task<List<string>> SubjectsAsync(HttpClient client, string url) =>
        (await AuditTestLogin.GetPageAsync(client, url)).QuerySelectorAll("[data-testid=audit-row] [data-testid=subject-id]").Select(e => e.TextContent).ToList();
}
