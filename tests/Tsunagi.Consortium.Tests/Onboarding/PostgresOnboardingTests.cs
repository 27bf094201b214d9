using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

[Trait("Lane", "postgres")]
public sealed class PostgresOnboardingTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    private const string Code = "033014";

    [Fact]
    public async Task Onboarding_on_PostgreSQL_writes_the_new_towns_rows_under_row_level_security_and_only_that_town_sees_them()
    {
        var town = await Onboard.TownAsync(factory, Code);
        using var admin = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(admin, town.InvitationPath, "shizukuishi-admin");

        await using var own = await RawSession.OpenAsync(factory.AppConnectionString, Code);
        await using var otsuchi = await RawSession.OpenAsync(factory.AppConnectionString, "034614");
        await using var none = await RawSession.OpenAsync(factory.AppConnectionString);
        const string Invitations = "select count(*) from staff_invitations";
        const string Keys = "select count(*) from tenant_data_keys";
        const string Sequences = "select count(*) from number_sequences";
        const string Roles = "select count(*) from identity_roles";

        Assert.Equal(MunicipalityStatus.Onboarding, await Onboard.StatusAsync(factory, Code));
        Assert.Equal(1L, await own.ScalarAsync<long>(Invitations));
        Assert.Equal(1L, await own.ScalarAsync<long>(Keys));
        Assert.Equal(3L, await own.ScalarAsync<long>(Sequences));
        Assert.Equal(3L, await own.ScalarAsync<long>(Roles));
        Assert.Equal(0L, await otsuchi.ScalarAsync<long>(Invitations + " where tenant_id = '" + Code + "'"));
        Assert.Equal(0L, await otsuchi.ScalarAsync<long>(Keys + " where tenant_id = '" + Code + "'"));
        Assert.Equal(0L, await none.ScalarAsync<long>(Invitations));
        Assert.Equal(1L, await own.ScalarAsync<long>("select count(*) from staff_invitations where accepted_at is not null"));
    }

    [Fact]
    public async Task The_staff_invitations_table_has_row_level_security_forced()
    {
        await using var admin = await RawSession.OpenAsync(factory.AdminConnectionString);

        var forced = await admin.ScalarAsync<bool>("select relrowsecurity and relforcerowsecurity from pg_class where relname = 'staff_invitations'");

        Assert.True(forced);
    }
}
