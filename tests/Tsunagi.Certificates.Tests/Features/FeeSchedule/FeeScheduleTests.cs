using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Payment.CashFixtures;

namespace Tsunagi.Certificates.Tests.Features.FeeSchedule;

public sealed class FeeScheduleTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Demo_towns_have_their_own_fee_tables_from_April_2014()
    {
        var otsuchi = await FeesAsync(Otsuchi);
        var noda = await FeesAsync("035033");

        Assert.Equal(300, otsuchi[(CertificateType.ResidentCopyHousehold, new DateOnly(2014, 4, 1))]);
        Assert.Equal(0, otsuchi[(CertificateType.MoveOutCertificate, new DateOnly(2014, 4, 1))]);
        Assert.Equal(200, noda[(CertificateType.ResidentCopyHousehold, new DateOnly(2014, 4, 1))]);
        Assert.Equal(5, noda.Count);
    }

    [Fact]
    public async Task An_administrator_adds_a_fee_revision_after_a_confirmation_screen_and_the_table_shows_it()
    {
        using var admin = new StaffBrowser(factory);
        await admin.SignInAsync(Otsuchi, "admin", $"admin-{Otsuchi}-demo");
        (string, string)[] entry = [("Input.Entry.Type", "record-items"), ("Input.Entry.FeePerCopy", "３５０"), ("Input.Entry.EffectiveFrom", "R9.4.1"), ("Input.Token", "fee-page-1")];

        using var confirm = await admin.SubmitAsync("/certificates/fees", "fee-entry", [.. entry, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("令和9年4月1日", confirmation, StringComparison.Ordinal);
        Assert.DoesNotContain(new DateOnly(2027, 4, 1), (await FeesAsync(Otsuchi)).Keys.Select(k => k.Item2));
        using var done = await admin.PostAsync("/certificates/fees", [("_handler", "fee-entry"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. entry, ("Input.Step", "commit")]);
        var html = await done.Content.ReadAsStringAsync(Cancellation);

        Assert.Contains("data-testid=\"fee-added\"", html, StringComparison.Ordinal);
        Assert.Contains("施行前", html, StringComparison.Ordinal);
        Assert.Equal(350, (await FeesAsync(Otsuchi))[(CertificateType.RecordItemsCertificate, new DateOnly(2027, 4, 1))]);
        Assert.Contains(await AuditLog.EventsAsync(factory, Otsuchi), e => e.Action == "certificates.fee-schedule-added");
    }

    [Fact]
    public async Task A_negative_or_too_large_fee_and_an_unreadable_date_are_refused_with_each_field_named_and_nothing_is_added()
    {
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Manage);
        var before = (await FeesAsync(Otsuchi)).Count;

        var (negative, negativeProblem) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "-1", effectiveFrom = "2027-04-01" });
        var (tooLarge, tooLargeProblem) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "unknown", feePerCopy = "100001", effectiveFrom = "R9.2.30" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative);
        Assert.Equal("手数料（1通）：0円以上100,000円以下の整数で入力してください。", negativeProblem.GetProperty("errors").GetProperty("feePerCopy")[0].GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLarge);
        var errors = tooLargeProblem.GetProperty("errors");
        Assert.StartsWith("証明書の種類：", errors.GetProperty("type")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("手数料（1通）：", errors.GetProperty("feePerCopy")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("施行日：", errors.GetProperty("effectiveFrom")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await FeesAsync(Otsuchi)).Count);
    }

    [Fact]
    public async Task A_second_fee_for_the_same_type_and_day_is_refused_but_the_limits_themselves_are_accepted()
    {
        using var api = await ApiClientAsync(factory, Otsuchi, CertificatesPermissions.Manage);

        var (zero, _) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "0", effectiveFrom = "2030-04-01" });
        var (max, item) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "removed-record", feePerCopy = "100,000円", effectiveFrom = "2030-04-01" });
        var (again, problem) = await PostAsync(api, "/api/v1/certificate-fees", new { type = "move-out", feePerCopy = "10", effectiveFrom = "令和12年4月1日" });

        Assert.Equal(HttpStatusCode.Created, zero);
        Assert.Equal(HttpStatusCode.Created, max);
        Assert.Equal(100_000, item.GetProperty("feePerCopy").GetInt64());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again);
        Assert.StartsWith("施行日：", problem.GetProperty("errors").GetProperty("effectiveFrom")[0].GetString(), StringComparison.Ordinal);
        var (_, list) = await GetAsync(api, "/api/v1/certificate-fees");
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("type").GetString() == "move-out" && e.GetProperty("feePerCopy").GetInt64() == 0 && e.GetProperty("effectiveFrom").GetString() == "2030-04-01");
    }

    [Fact]
    public async Task A_counter_clerk_cannot_open_the_fee_table()
    {
        using var clerk = new StaffBrowser(factory);
        await clerk.SignInAsync(Otsuchi, "clerk", $"clerk-{Otsuchi}-demo");

        using var response = await clerk.GetAsync("/certificates/fees");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<Dictionary<(CertificateType, DateOnly), long>> FeesAsync(string tenant) =>
        ReadAsync(factory, async db => (await db.FeeSchedule.AsNoTracking().ToListAsync(Cancellation)).ToDictionary(f => (f.Type, f.EffectiveFrom), f => f.FeePerCopy), tenant);
}
