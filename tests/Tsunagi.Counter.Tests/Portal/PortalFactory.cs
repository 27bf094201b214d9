using Tsunagi.Portal.Features.Purge;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Portal;

/// <summary>The test host without the daily purge timer (tests run a purge round themselves, on the fake clock).</summary>
public sealed class PortalFactory : TsunagiFactory
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";

    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { [PortalPurgeService.ScheduleSetting] = "false" };
}
