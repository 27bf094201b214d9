using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Data.LegacySettings;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Settings;

public sealed class LegacySettingsMoverTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Fudai = "034851";

    [Fact]
    public async Task Rows_of_the_former_tables_become_municipality_settings_per_date_are_audited_and_are_moved_only_once()
    {
        byte[] seal = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        await InFudaiDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO legacy_fee_schedule (tenant_id, id, type, fee_per_copy, effective_from) VALUES
                  ('034851', '01900000-0000-7000-8000-000000000001', 1, 250, '2019-04-01'),
                  ('034851', '01900000-0000-7000-8000-000000000002', 5, 0, '2019-04-01'),
                  ('034851', '01900000-0000-7000-8000-000000000003', 1, 280, '2023-04-01');
                """,
                TestContext.Current.CancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO legacy_certificate_settings (tenant_id, certification_statement, mayor_title, mayor_name, seal_png, counters, version) VALUES ('034851', 'この写しは原本と相違ない。', '普代村長', '岬　旧三郎', {0}, '本庁舎 住民窓口\n\n支所', 3)",
                [seal],
                TestContext.Current.CancellationToken);
            return 0;
        });

        var moved = await InFudaiAsync(sp => sp.GetRequiredService<LegacySettingsMover>().MoveAsync(TestContext.Current.CancellationToken));
        var again = await InFudaiAsync(sp => sp.GetRequiredService<LegacySettingsMover>().MoveAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, moved);
        Assert.Equal(0, again);
        var in2019 = await StoredCertificateSettings.ReadAsync(factory.Services, Fudai, CertificateSettingSource.Fees, new DateOnly(2019, 4, 1));
        var in2023 = await StoredCertificateSettings.ReadAsync(factory.Services, Fudai, CertificateSettingSource.Fees, new DateOnly(2023, 4, 1));
        Assert.Equal([(CertificateType.ResidentCopyHousehold, 250L), (CertificateType.MoveOutCertificate, 0L)], in2019.Fees.Select(f => (f.Type, f.FeePerCopy)));
        Assert.Equal([(CertificateType.ResidentCopyHousehold, 280L), (CertificateType.MoveOutCertificate, 0L)], in2023.Fees.Select(f => (f.Type, f.FeePerCopy)));
        var print = await StoredCertificateSettings.ReadAsync(factory.Services, Fudai, CertificateSettingSource.Print, new DateOnly(2010, 1, 1));
        Assert.Equal(("普代村長", "岬　旧三郎", "この写しは原本と相違ない。"), (print.MayorTitle, print.MayorName, print.AttestationText));
        Assert.Equal(["本庁舎 住民窓口", "支所"], print.Counters);
        Assert.Equal(seal, print.SealBytes());
        Assert.Equal(2, (await AuditLog.EventsAsync(factory, Fudai)).Count(e => e.Action == LegacySettingsMover.MovedAction));
        Assert.Equal(0, await InFudaiDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM legacy_fee_schedule").SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public void Each_date_a_fee_changed_becomes_one_version_holding_every_types_latest_fee()
    {
        var versions = LegacySettingsConversion.FeeVersions(
        [
            new(CertificateType.ResidentCopyIndividual, 300, new DateOnly(2014, 4, 1)),
            new(CertificateType.ResidentCopyHousehold, 300, new DateOnly(2014, 4, 1)),
            new(CertificateType.ResidentCopyHousehold, 350, new DateOnly(2019, 10, 1)),
        ]);

        Assert.Equal([new DateOnly(2014, 4, 1), new DateOnly(2019, 10, 1)], versions.Select(v => v.EffectiveFrom));
        Assert.Equal([300L, 300L], versions[0].Fees.Fees.Select(f => f.FeePerCopy));
        Assert.Equal([(CertificateType.ResidentCopyHousehold, 350L), (CertificateType.ResidentCopyIndividual, 300L)], versions[1].Fees.Fees.Select(f => (f.Type, f.FeePerCopy)));
    }

    private Task<T> InFudaiDbAsync<T>(Func<CertificatesDbContext, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(Fudai, TenantKind.Municipality, sp => work(sp.GetRequiredService<CertificatesDbContext>()));

    private Task<T> InFudaiAsync<T>(Func<IServiceProvider, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(Fudai, TenantKind.Municipality, work);
}
