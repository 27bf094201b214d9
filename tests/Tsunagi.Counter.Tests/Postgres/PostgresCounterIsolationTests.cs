using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Tests.Metrics;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Features.PreApplications;
using Tsunagi.Portal.Identity;
using Tsunagi.Residents.Contracts.Notifications;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Postgres;

/// <summary>
/// Row-level security of the counter's and the portal's tables on a real PostgreSQL, table by table from the EF model (a
/// table added later is covered without touching this test): enabled and forced, another town's rows invisible, a row for
/// another town refused. Raw connections as tsunagi_app, so no EF query filter helps.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class PostgresCounterIsolationTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_counter_and_portal_tenant_table_has_row_level_security_enabled_and_forced()
    {
        var tables = await TenantTablesAsync();
        await using var admin = await RawSession.OpenAsync(factory.AdminConnectionString);

        Assert.Superset(new HashSet<string>(["counter_cases", "counter_case_steps", "pre_applications"]), tables.ToHashSet());
        foreach (var table in tables)
        {
            Assert.True(await admin.ScalarAsync<bool>("select relrowsecurity and relforcerowsecurity from pg_class where relname = @p0 and relnamespace = current_schema()::regnamespace", table), $"{table}: row-level security must be enabled and forced");
        }
    }

    [Fact]
    public async Task Another_towns_rows_are_invisible_and_a_row_for_another_town_is_refused_in_every_table()
    {
        await SeedOtsuchiAsync();
        await using var admin = await RawSession.OpenAsync(factory.AdminConnectionString);
        await using var inNoda = await RawSession.OpenAsync(factory.AppConnectionString, Noda);
        await using var inOtsuchi = await RawSession.OpenAsync(factory.AppConnectionString, Otsuchi);

        foreach (var table in await TenantTablesAsync())
        {
            var count = $"select count(*) from \"{table}\" where tenant_id = @p0";
            var stored = await admin.ScalarAsync<long>(count, Otsuchi);
            Assert.Equal(0L, await inNoda.ScalarAsync<long>(count, Otsuchi));
            Assert.Equal(0L, await inNoda.ScalarAsync<long>($"select count(*) from \"{table}\""));
            Assert.Equal(stored, await inOtsuchi.ScalarAsync<long>(count, Otsuchi));
            if (stored == 0)
            {
                continue;
            }

            // A copy of a visible row with another town's id: the policy's WITH CHECK must refuse it.
            var error = await Assert.ThrowsAsync<PostgresException>(() => inOtsuchi.ExecuteAsync(
                $"insert into \"{table}\" select (jsonb_populate_record(null::\"{table}\", to_jsonb(t) || jsonb_build_object('tenant_id', @p0::text))).* from \"{table}\" t limit 1", Noda));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
            Assert.Equal(0L, await inNoda.ScalarAsync<long>(count, Otsuchi));
            var moved = await Assert.ThrowsAsync<PostgresException>(() => inOtsuchi.ExecuteAsync(
                $"update \"{table}\" set tenant_id = @p0 where ctid = (select ctid from \"{table}\" limit 1)", Noda));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, moved.SqlState);
        }

        Assert.True(await admin.ScalarAsync<long>("select count(*) from counter_case_steps where tenant_id = @p0", Otsuchi) > 0, "the test must have stored steps to mean anything");
    }

    [Fact]
    public async Task The_lobby_of_each_town_shows_only_its_own_numbers_under_row_level_security()
    {
        var today = new DateOnly(2026, 11, 23);
        await MetricsFixtures.AddCaseAsync(factory, Otsuchi, today, LifeEvent.MoveIn, CaseState.Received, null, null);
        await MetricsFixtures.AddCaseAsync(factory, Noda, today, LifeEvent.MoveOut, CaseState.Received, null, null);
        var numbers = await factory.Services.InTenantScopeAsync(Noda, TenantKind.Municipality, sp =>
            sp.GetRequiredService<CounterDbContext>().Cases.AsNoTracking().Select(c => c.ReceptionNumber).ToListAsync(Cancellation));
        using var anonymous = factory.CreateClient();

        var otsuchi = await anonymous.GetStringAsync($"/lobby/{Otsuchi}/A", Cancellation);
        var noda = await anonymous.GetStringAsync($"/lobby/{Noda}/A", Cancellation);

        var nodaNumber = Assert.Single(numbers);
        Assert.Contains(nodaNumber, noda, StringComparison.Ordinal);
        Assert.DoesNotContain(nodaNumber, otsuchi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pre_application_is_found_by_reference_in_its_own_town_only()
    {
        var reference = await SubmitPreApplicationAsync(Otsuchi);

        var own = await InTownAsync(Otsuchi, p => p.FindAsync(PreApplicationReference.Format(reference), Cancellation));
        var other = await InTownAsync(Noda, p => p.FindAsync(PreApplicationReference.Format(reference), Cancellation));

        Assert.NotNull(own);
        Assert.Null(other);
    }

    private Task<List<string>> TenantTablesAsync() =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp =>
        {
            var models = new DbContext[] { sp.GetRequiredService<CounterDbContext>(), sp.GetRequiredService<PortalDbContext>() };
            return Task.FromResult(models.SelectMany(db => db.Model.GetEntityTypes())
                .Where(e => e.FindProperty(nameof(ITenantOwned.TenantId)) is not null && e.GetTableName() is not null)
                .Select(e => e.GetTableName()!)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList());
        });

    private async Task SeedOtsuchiAsync()
    {
        await MetricsFixtures.AddCaseAsync(factory, Otsuchi, new DateOnly(2026, 11, 20), LifeEvent.MoveIn, CaseState.InService, 5, null, ("町民課", 30, 10), ("保険年金課", 15, null));
        await SubmitPreApplicationAsync(Otsuchi);
    }

    private async Task<string> SubmitPreApplicationAsync(string town)
    {
        var draft = new MoveInDraft("R8.12.1", "東京都千代田区", false, new AddressDraft("028-1121", "大槌町小鎚第23地割", "5番地", null),
            [new PersonDraft("山田", "太郎", "ヤマダ", "タロウ", "S60.4.12", "male", "世帯主")]);
        var stored = await factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PreApplicationSubmission>().SubmitAsync(new ResidentIdentity("rls-owner", EmailCodeIdentityProvider.ProviderName), draft, Cancellation));
        return stored.Reference;
    }

    private Task<T> InTownAsync<T>(string town, Func<IPreApplications, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp => work(sp.GetRequiredService<IPreApplications>()));
}
