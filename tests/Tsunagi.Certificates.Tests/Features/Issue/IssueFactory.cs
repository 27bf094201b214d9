using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Tests.Settings;
using Tsunagi.Platform.Settings;
using Tsunagi.Residents.Contracts;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary>
/// The real host with the register replaced by <see cref="FakeRegister"/>, 大槌町's certificate settings and a fee of
/// 300 yen per copy for every type, and every log message kept in memory.
/// </summary>
public sealed class IssueFactory : TsunagiFactory
{
    public const string Otsuchi = "034614";
    public const string OtherTown = "035033";
    public const long FeePerCopy = 300;

    public FakeRegister Register { get; } = new();

    public ConcurrentQueue<string> Messages { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var since = new DateOnly(2020, 4, 1);
        await StoredCertificateSettings.StoreAsync(Services, SettingScope.Municipality(Otsuchi), CertificateSettingSource.Print, since, StoredCertificateSettings.Print("大槌町長", "平野　公三", "本庁舎 1番窓口", "本庁舎 2番窓口"));
        await StoredCertificateSettings.StoreAsync(Services, SettingScope.Municipality(Otsuchi), CertificateSettingSource.Fees, since, StoredCertificateSettings.FeesOf(FeePerCopy));

        // The other town stands for a municipality whose mayor's name is not set (the demo seed sets it; a later version clears it).
        await StoredCertificateSettings.StoreAsync(Services, SettingScope.Municipality(OtherTown), CertificateSettingSource.Print, since, StoredCertificateSettings.Print(string.Empty, string.Empty, "本庁舎 住民窓口"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Messages)).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Register);
            services.RemoveAll<IRegisterExtract>();
            services.AddScoped<IRegisterExtract, FakeRegisterExtract>();
            services.RemoveAll<IDisclosureRestrictionCheck>();
            services.AddScoped<IDisclosureRestrictionCheck, FakeRestrictionCheck>();
        });
    }
}
