using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

public sealed class OnboardingAtomicityTests(FailingOnboardingFactory factory) : IClassFixture<FailingOnboardingFactory>
{
    private const string Code = "033219";

    private static readonly string[] TenantTables =
        ["tenant_data_keys", "number_sequences", "identity_roles", "identity_role_claims", "staff_invitations", "audit_events", "audit_chain_heads"];

    [Fact]
    public async Task Onboarding_that_fails_midway_leaves_no_municipality_key_sequence_role_invitation_or_audit_event()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Onboard.RunAsync(factory, Code));

        Assert.Null(await Onboard.StatusAsync(factory, Code));
        foreach (var table in TenantTables)
        {
            Assert.True(await CountAsync(table) == 0, $"{table} kept rows of {Code}");
        }
    }

    [Fact]
    public async Task The_failing_step_runs_after_the_municipality_row_and_the_key_were_added()
    {
        var steps = factory.Services.CreateScope().ServiceProvider.GetServices<Features.Onboarding.IOnboardingStep>().OrderBy(s => s.Order).Select(s => s.GetType().Name).ToList();

        Assert.Equal(["MunicipalityRowStep", "DataKeyStep", "FailingStep", "NumberSequencesStep", "DefaultRolesStep", "AdministratorInvitationStep"], steps);
    }

    // SQLite has no row-level security: these counts see every tenant's rows, not only what a filter lets through.
    private async Task<int> CountAsync(string table)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var sql = string.Concat("select count(*) as \"Value\" from ", table, " where tenant_id = {0}");
        return await db.Database.SqlQueryRaw<int>(sql, Code).SingleAsync(TestContext.Current.CancellationToken);
    }
}
