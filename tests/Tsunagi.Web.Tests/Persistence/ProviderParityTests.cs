using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Persistence;

/// <summary>Behaviour that must not depend on the provider, written once and run on SQLite and on PostgreSQL.</summary>
public abstract partial class ProviderParityTests<TFactory>(TFactory factory)
    where TFactory : TsunagiFactory
{
    [Fact]
    public async Task An_audit_event_recorded_at_a_sub_microsecond_instant_still_verifies()
    {
        // PostgreSQL keeps microseconds, .NET ticks are 100 ns: what is hashed must be what is stored.
        factory.Time.Advance(TimeSpan.FromTicks(1_234_567));
        const string town = "034851";

        var result = await factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, async sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("test:parity");
            await sp.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("parity.check", "test", "1"), TestContext.Current.CancellationToken);
            return true;
        });
        var verification = await factory.Services.InTenantScopeAsync(town, TenantKind.Municipality,
            sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(town, TestContext.Current.CancellationToken));

        Assert.True(result);
        Assert.True(verification.IsIntact, $"chain broken at {verification.BrokenAtSequence}: {verification.Problem}");
    }

    [Fact]
    public async Task The_signed_in_home_page_renders_with_the_towns_name()
    {
        var client = factory.CreateClient();
        var login = await client.GetStringAsync("/account/login", TestContext.Current.CancellationToken);
        var token = AntiforgeryToken().Match(login).Groups["token"].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TenantId"] = "035033",
            ["Input.UserName"] = "clerk",
            ["Input.Password"] = "clerk-035033-demo",
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
        });

        var response = await client.PostAsync("/account/login", form, TestContext.Current.CancellationToken);
        var home = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("野田村", home, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
