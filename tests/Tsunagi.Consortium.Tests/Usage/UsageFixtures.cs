using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Usage;

/// <summary>Fresh Tokyo days, the stored counters of a day, and the real requests the metering tests send.</summary>
internal static class UsageFixtures
{
    public const string Otsuchi = "034614";
    public const string Noda = "035033";

    public static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// Moves the clock into tomorrow's Tokyo day (a day no earlier test touched), <paramref name="before"/> its end at
    /// midnight (15:00 UTC), and returns that day.
    /// </summary>
    public static DateOnly BeforeNextTokyoMidnight(FakeTimeProvider time, TimeSpan before)
    {
        var day = TokyoTime.Today(time).AddDays(1);
        var midnight = TokyoTime.StartOfDay(day.AddDays(1));
        Assert.Equal(15, midnight.UtcDateTime.Hour);
        time.SetUtcNow(midnight - before);
        return day;
    }

    public static Task FlushAsync(TsunagiFactory factory) => factory.Services.GetRequiredService<UsageFlusher>().FlushAsync(Cancellation);

    public static Task<Dictionary<UsageMetric, long>> CountersAsync(TsunagiFactory factory, string town, DateOnly day) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PlatformDbContext>().UsageCounters.Where(c => c.Day == day).ToDictionaryAsync(c => c.Metric, c => c.Value, Cancellation));

    public static object MoveIn(string movedInOn, string notifiedOn) => new
    {
        movedInOn,
        notifiedOn,
        previousAddress = "岩手県盛岡市内丸１０番１号",
        address = new { postalCode = "０２８－１１３１", locality = "大槌町末広町", lot = "１番１号" },
        members = new[]
        {
            new { familyName = "髙橋", givenName = "一郎", familyNameKana = "タカハシ", givenNameKana = "イチロウ", dateOfBirth = "S55.4.1", sex = "male", relationship = "世帯主" },
            new { familyName = "髙橋", givenName = "花子", familyNameKana = "タカハシ", givenNameKana = "ハナコ", dateOfBirth = "S57.8.15", sex = "female", relationship = "妻" },
            new { familyName = "髙橋", givenName = "翔太", familyNameKana = "タカハシ", givenNameKana = "ショウタ", dateOfBirth = "2015-06-30", sex = "male", relationship = "子" },
        },
    };

    public static object Certificate(Guid householdId, Guid head, int copies) => new
    {
        type = "resident-copy-household",
        householdId,
        options = new { householdHeadAndRelationship = true, individualNumber = false },
        requester = new { type = "self", name = "髙橋　一郎", residentId = head, identityDocument = "運転免許証" },
        copies,
        counter = "本庁舎 1番窓口",
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, Cancellation);
    }

    /// <summary>大槌町's mayor, counters and a fee of 300 yen for every certificate type, so an issuance can go through.</summary>
    public static Task EnsureCertificateSettingsAsync(TsunagiFactory factory) =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var since = new DateOnly(2020, 4, 1);
            var scope = SettingScope.Municipality(Otsuchi);
            var store = sp.GetRequiredService<SettingsStore>();
            var print = new CertificatePrintSettings(CertificatePrintSettings.StandardAttestation, "大槌町長", "平野　公三", ["本庁舎 1番窓口"], null);
            var fees = new CertificateFees([.. Enum.GetValues<CertificateType>().Select(t => new CertificateFee(t, 300))]);
            await store.AppendAsync(CertificateSettingSource.Print.Key, scope, since, CertificateSettingSource.Print.Serialize(print), Guid.Empty, null, Cancellation);
            await store.AppendAsync(CertificateSettingSource.Fees.Key, scope, since, CertificateSettingSource.Fees.Serialize(fees), Guid.Empty, null, Cancellation);
            await db.SaveChangesAsync(Cancellation);
            sp.GetRequiredService<SettingsCache>().Invalidate(CertificateSettingSource.Print.Key);
            sp.GetRequiredService<SettingsCache>().Invalidate(CertificateSettingSource.Fees.Key);
            return 0;
        });

    /// <summary>An API client of the town holding <c>certificates.issue</c> (the demo clients do not), and its token.</summary>
    public static async Task<string> CertificateTokenAsync(TsunagiFactory factory, HttpClient client)
    {
        const string ClientId = "usage-cert-issue";
        const string Secret = "usage-cert-issue-secret-0123456789";
        await factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, async sp =>
        {
            var clients = sp.GetRequiredService<Platform.Identity.ApiClients>();
            if (await clients.FindAsync(ClientId) is null)
            {
                await clients.CreateAsync(ClientId, [Certificates.CertificatesPermissions.Issue], Secret);
            }

            return 0;
        });
        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", ClientId), ("client_secret", Secret), ("scope", Certificates.CertificatesPermissions.Issue));
        using var json = await TokenRequests.JsonAsync(response);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
