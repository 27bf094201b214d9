using Npgsql;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Settings;

[Trait("Lane", "postgres")]
public sealed class SettingValuesPostgresTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task The_application_role_can_add_setting_values_but_neither_update_nor_delete_them()
    {
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString, StaffFixtures.Otsuchi);
        await app.ExecuteAsync("""
            insert into setting_values (id, key, scope_level, scope_id, effective_from, version, value_json, recorded_at, recorded_by)
            values (gen_random_uuid(), 'test.append-only', 'National', 'JP', date '2027-04-01', 1, '{}', now(), gen_random_uuid())
            """);

        var update = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("update setting_values set value_json = '{\"years\":1}' where key = 'test.append-only'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("delete from setting_values where key = 'test.append-only'"));

        Assert.Contains("permission denied", update.MessageText, StringComparison.Ordinal);
        Assert.Contains("permission denied", delete.MessageText, StringComparison.Ordinal);
        Assert.Equal(1L, await app.ScalarAsync<long>("select count(*) from setting_values where key = 'test.append-only'"));
    }
}
