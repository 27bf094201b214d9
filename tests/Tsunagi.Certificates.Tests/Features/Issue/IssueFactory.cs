using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
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
        await Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<CertificatesDbContext>();
            if (!await db.Settings.AnyAsync())
            {
                db.Settings.Add(new CertificateSettings { TenantId = Otsuchi, MayorTitle = "大槌町長", MayorName = "平野　公三", Counters = "本庁舎 1番窓口\n本庁舎 2番窓口" });
            }

            db.FeeSchedule.RemoveRange(await db.FeeSchedule.ToListAsync());
            foreach (var type in Enum.GetValues<CertificateType>())
            {
                db.FeeSchedule.Add(new FeeScheduleEntry { TenantId = Otsuchi, Id = Guid.CreateVersion7(), Type = type, FeePerCopy = FeePerCopy, EffectiveFrom = new DateOnly(2020, 4, 1) });
            }

            await db.SaveChangesAsync();
            return 0;
        });

        // The other town stands for a municipality whose administrator has not set the mayor's name yet (the demo seed sets it).
        await Services.InTenantScopeAsync(OtherTown, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<CertificatesDbContext>();
            db.Settings.RemoveRange(await db.Settings.ToListAsync());
            await db.SaveChangesAsync();
            return 0;
        });
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
