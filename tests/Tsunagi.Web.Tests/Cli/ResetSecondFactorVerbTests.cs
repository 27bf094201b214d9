using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using Tsunagi.Web.Cli;

namespace Tsunagi.Web.Tests.Cli;

public sealed class ResetSecondFactorVerbTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reset_turns_the_second_factor_off_ends_sessions_and_is_audited_as_the_verb()
    {
        var stampBefore = await InNodaAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffMember>>();
            var admin = (await users.FindByNameAsync("admin"))!;
            await users.ResetAuthenticatorKeyAsync(admin);
            await users.SetTwoFactorEnabledAsync(admin, true);
            return (await users.FindByNameAsync("admin"))!.SecurityStamp;
        });

        var (code, output, _) = await RunAsync("035033", "admin");

        Assert.Equal(0, code);
        Assert.Contains("二要素認証をリセットしました", output, StringComparison.Ordinal);
        await InNodaAsync(async sp =>
        {
            var admin = (await sp.GetRequiredService<UserManager<StaffMember>>().FindByNameAsync("admin"))!;
            Assert.False(admin.TwoFactorEnabled);
            Assert.NotEqual(stampBefore, admin.SecurityStamp);
            var recorded = await sp.GetRequiredService<PlatformDbContext>().AuditEvents
                .SingleAsync(e => e.Action == "staff.second-factor.reset", Cancellation);
            Assert.Equal((admin.Id.ToString(), "cli:reset-second-factor"), (recorded.SubjectId, recorded.ActorId));
            return true;
        });
    }

    [Theory]
    [InlineData("035033", "nobody", "--user-name")]
    [InlineData("035034", "admin", "--tenant")]
    public async Task An_unknown_tenant_or_staff_member_is_named_and_nothing_is_written(string tenant, string userName, string option)
    {
        var before = await InNodaAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEvents.CountAsync(Cancellation));

        var (code, _, error) = await RunAsync(tenant, userName);

        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Equal(before, await InNodaAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEvents.CountAsync(Cancellation)));
    }

    private Task<T> InNodaAsync<T>(Func<IServiceProvider, Task<T>> work) =>
        factory.Services.InTenantScopeAsync("035033", TenantKind.Municipality, work);

    private async Task<(int Code, string Output, string Error)> RunAsync(string tenant, string userName)
    {
        await using var stdout = new StringWriter();
        await using var stderr = new StringWriter();
        var code = await ResetSecondFactorVerb.RunAsync(factory.Services, tenant, userName, stdout, stderr, Cancellation);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
