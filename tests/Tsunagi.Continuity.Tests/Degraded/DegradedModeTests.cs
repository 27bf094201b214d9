using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Testing;

namespace Tsunagi.Continuity.Tests.Degraded;

public sealed class DegradedModeTests
{
    private const string Otsuchi = "034614";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_only_database_keeps_serving_pages_with_the_degraded_banner()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var readOnly = new ReadOnlyFactory(source);
        using var browser = new StaffBrowser(readOnly);

        await browser.SignInAsync(Otsuchi, "admin", "admin-034614-demo");
        var home = await browser.PageAsync("/");
        var staff = await browser.PageAsync("/admin/staff");

        Assert.Contains("縮退運転中です。", StaffBrowser.TextOf(home, "degraded-banner"), StringComparison.Ordinal);
        Assert.NotNull(StaffBrowser.TextOf(staff, "degraded-banner"));
        Assert.Contains("管理 太郎", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writable_database_shows_no_banner()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        using var browser = new StaffBrowser(factory);

        await browser.SignInAsync(Otsuchi, "admin", "admin-034614-demo");

        Assert.Null(StaffBrowser.TextOf(await browser.PageAsync("/"), "degraded-banner"));
    }

    [Fact]
    public async Task Api_write_in_degraded_mode_is_refused_with_503_problem_json()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var readOnly = new ReadOnlyFactory(source);
        using var writableClient = source.CreateClient();
        using var readOnlyClient = readOnly.CreateClient();

        using var normal = await writableClient.PostAsync("/api/v1/municipality", new StringContent("{}"), Ct);
        using var degraded = await readOnlyClient.PostAsync("/api/v1/municipality", new StringContent("{}"), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, normal.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, degraded.StatusCode);
        Assert.Equal("application/problem+json", degraded.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(degraded.Headers.RetryAfter?.ToString() ?? string.Empty);
        Assert.Contains("縮退運転中", await degraded.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_through_the_unit_of_work_is_refused_at_once_and_nothing_is_saved()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var readOnly = new ReadOnlyFactory(source);
        var before = await AuditCountAsync(source);

        var error = await Assert.ThrowsAsync<WritesUnavailableException>(() => readOnly.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<UnitOfWork>().RunAsync(sp.GetRequiredService<ResidentsDbContext>(), async ct =>
            {
                await sp.GetRequiredService<AuditTrail>().AppendAsync(new AuditEntry("test.write", "test", "1"), ct);
                return 0;
            }, Ct)));

        Assert.Equal(WriteAvailability.ReadOnly, error.State);
        Assert.Contains("縮退運転中", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await AuditCountAsync(source));
    }

    [Fact]
    public async Task Reads_audited_in_degraded_mode_join_the_chain_once_writes_are_back()
    {
        await using var source = new ContinuityFactory();
        await source.InitializeAsync();
        await using var readOnly = new ReadOnlyFactory(source);
        using var browser = new StaffBrowser(readOnly);
        await browser.SignInAsync(Otsuchi, "admin", "admin-034614-demo");
        await browser.PageAsync("/admin/staff");
        Assert.Equal(0, await AuditCountAsync(source, "staff.list"));

        var replayed = await source.Services.GetRequiredService<AuditSpool>().ReplayAsync(source.Services, Ct);

        Assert.True(replayed >= 1);
        Assert.Equal(1, await AuditCountAsync(source, "staff.list"));
        Assert.False(source.Services.GetRequiredService<AuditSpool>().HasPending);
        var verification = await source.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(Otsuchi, Ct));
        Assert.True(verification.IsIntact);
    }

    private static Task<int> AuditCountAsync(ContinuityFactory factory, string? action = null) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PlatformDbContext>().AuditEvents.CountAsync(e => action == null || e.Action == action, Ct));
}
