using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Consortium.Tests.LegacyMigration;

/// <summary>Runs the migration service of one town the way the CLI and the page do, and reads the town's register back.</summary>
internal static class MigrationScope
{
    public static Task<ValidationReport> DryRunAsync(IServiceProvider services, string town, byte[] file) =>
        services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<LegacyMigrationService>().DryRunAsync(file, MigrationMapping.Parse(LegacyFile.Mapping), null, TestContext.Current.CancellationToken));

    public static Task<MigrationOutcome> RunAsync(IServiceProvider services, string town, byte[] file, MigrationHooks? hooks = null, int chunk = LegacyStaging.ChunkRows) =>
        services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<LegacyStaging>().ChunkSize = chunk;
            return sp.GetRequiredService<LegacyMigrationService>().RunAsync(file, "legacy.csv", MigrationMapping.Parse(LegacyFile.Mapping), "test", null, hooks ?? new MigrationHooks(), TestContext.Current.CancellationToken);
        });

    public static Task<List<(string Family, string Given, ChangeKind Kind, DateOnly EffectiveOn, string Key)>> MigratedAsync(IServiceProvider services, string town) =>
        services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<ResidentsDbContext>();
            var rows = await (from c in db.ResidencyChanges
                              join r in db.Residents on c.ResidentId equals r.Id
                              where c.ActorId == "System:legacy-migration"
                              select new { r.FamilyName, r.GivenName, c.Kind, c.EffectiveOn, c.IdempotencyKey }).ToListAsync(TestContext.Current.CancellationToken);
            return rows.Select(x => (x.FamilyName, x.GivenName, x.Kind, x.EffectiveOn, Key: x.IdempotencyKey ?? string.Empty)).OrderBy(x => x.Key, StringComparer.Ordinal).ToList();
        });
}
