using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Tenancy;

/// <summary>
/// What staff of one municipality can read through the application's own DbContext, written once and
/// run on SQLite (the EF query filter alone) and on PostgreSQL (the filter with row-level security under it).
/// Every demo town has staff named admin, clerk and auditor, so a leak would show up as another town's rows.
/// </summary>
public abstract class TenantIsolationTests<TFactory>(TFactory factory)
    where TFactory : TsunagiFactory
{
    private const string Otsuchi = "034614";

    [Fact]
    public async Task Staff_of_one_municipality_see_only_their_own_staff_members()
    {
        var tenants = await InTown(Otsuchi, db => db.Users.Select(u => u.TenantId).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, tenants.Count);
        Assert.All(tenants, t => Assert.Equal(Otsuchi, t));
    }

    [Fact]
    public async Task Finding_a_user_name_every_town_has_returns_the_signed_in_towns_member()
    {
        var member = await factory.Services.InTenantScopeAsync("035033", TenantKind.Municipality,
            sp => sp.GetRequiredService<UserManager<StaffMember>>().FindByNameAsync("admin"));

        Assert.NotNull(member);
        Assert.Equal("035033", member.TenantId);
    }

    [Fact]
    public async Task Staff_of_one_municipality_see_only_their_own_roles_and_permissions()
    {
        var roles = await InTown(Otsuchi, db => db.Roles.Select(r => r.TenantId).ToListAsync(TestContext.Current.CancellationToken));
        var roleClaims = await InTown(Otsuchi, db => db.RoleClaims.Select(c => c.TenantId).ToListAsync(TestContext.Current.CancellationToken));
        var memberships = await InTown(Otsuchi, db => db.UserRoles.Select(r => r.TenantId).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, roles.Count);
        Assert.NotEmpty(roleClaims);
        Assert.Equal(3, memberships.Count);
        Assert.All(roles.Concat(roleClaims).Concat(memberships), t => Assert.Equal(Otsuchi, t));
    }

    [Fact]
    public async Task Staff_of_one_municipality_see_only_their_own_audit_events()
    {
        var events = await InTown(Otsuchi, db => db.AuditEvents.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));
        var heads = await InTown(Otsuchi, db => db.AuditChainHeads.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Otsuchi, e.TenantId));
        var head = Assert.Single(heads);
        Assert.Equal(Otsuchi, head.TenantId);
        Assert.Equal(head.LastSequence, events.Max(e => e.Sequence));
    }

    [Fact]
    public async Task Querying_tenant_data_before_the_tenant_is_resolved_fails_closed()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        await Assert.ThrowsAsync<TenantNotResolvedException>(() => db.Users.ToListAsync(TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<TenantNotResolvedException>(() => db.AuditEvents.CountAsync(TestContext.Current.CancellationToken));
    }

    private Task<T> InTown<T>(string code, Func<PlatformDbContext, Task<T>> query) =>
        factory.Services.InTenantScopeAsync(code, TenantKind.Municipality, sp => query(sp.GetRequiredService<PlatformDbContext>()));
}
