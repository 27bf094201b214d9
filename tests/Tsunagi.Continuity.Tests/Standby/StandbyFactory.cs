using Tsunagi.Testing;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Continuity.Tests.Standby;

/// <summary>The real host served from a PostgreSQL hot standby (as tsunagi_app, no owner connection): it starts in degraded mode, nothing migrated or seeded.</summary>
public sealed class StandbyFactory(IReadOnlyDictionary<string, string?> application) : TsunagiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(base.Settings);
            foreach (var (key, value) in application)
            {
                if (key is not "TSUNAGI_DATA" and not "TSUNAGI_OWNER_CONNECTION")
                {
                    settings[key] = value;
                }
            }

            return settings;
        }
    }

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        await TsunagiWebApplication.PrepareDatabaseAsync(Services);
    }
}
