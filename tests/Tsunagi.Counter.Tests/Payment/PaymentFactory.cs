using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Counter.Tests.Cases;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Payment;

/// <summary>
/// The real host (real register, real certificates module) with 大槌町's certificate settings and a fee table of 300 yen
/// (世帯連記式) and 200 yen (個人票) per copy; suggestions and pre-applications faked as for the case tests, and 支援措置
/// placed on chosen residents (the certificates module's own check decides what they block).
/// </summary>
public sealed class PaymentFactory : TsunagiFactory
{
    public static readonly IReadOnlyDictionary<CertificateType, long> Fees = new Dictionary<CertificateType, long>
    {
        [CertificateType.ResidentCopyHousehold] = 300,
        [CertificateType.ResidentCopyIndividual] = 200,
    };

    internal FakePreApplications PreApplications { get; } = new();

    internal ConcurrentDictionary<Guid, bool> Protected { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var since = new DateOnly(2020, 4, 1);
        await StoreAsync(CertificateSettingSource.Print, since, new CertificatePrintSettings(CertificatePrintSettings.StandardAttestation, "大槌町長", "平野　公三", ["本庁舎 1番窓口"], null));
        await StoreAsync(CertificateSettingSource.Fees, since, new CertificateFees([.. Enum.GetValues<CertificateType>().Select(t => new CertificateFee(t, Fees.GetValueOrDefault(t, 300)))]));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            CaseNeighbourFakes.Replace(services, PreApplications);
            services.RemoveAll<IDisclosureRestrictionCheck>();
            services.AddSingleton<IDisclosureRestrictionCheck>(new ProtectedResidents(Protected));
        });
    }

    private Task<int> StoreAsync<T>(SettingDefinition<T> definition, DateOnly from, T value)
        where T : notnull =>
        Services.InTenantScopeAsync(CaseFixtures.Otsuchi, TenantKind.Municipality, async sp =>
        {
            await sp.GetRequiredService<SettingsStore>().AppendAsync(definition.Key, SettingScope.Municipality(CaseFixtures.Otsuchi), from, definition.Serialize(value), Guid.Empty, null, CaseFixtures.Cancellation);
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(CaseFixtures.Cancellation);
            sp.GetRequiredService<SettingsCache>().Invalidate(definition.Key);
            return 0;
        });
}
