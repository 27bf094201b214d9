using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Consortium.Features.MigrationScreen;
using Tsunagi.Consortium.Tests.LegacyMigration;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Features.LegacyImport;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.MigrationScreen.MigrationUploader;

namespace Tsunagi.Consortium.Tests.MigrationScreen;

/// <summary>/migration over HTTP: upload → dry-run report → 確認 → background run with progress → history; refusals.</summary>
public sealed class MigrationScreenTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dry_run_of_a_file_with_errors_shows_each_problem_offers_the_csv_and_imports_nothing()
    {
        var file = new LegacyFile();
        var good = file.Add("D1", "HD1", "佐藤", "一郎", recordCode: LegacyFile.RecordCode(900));
        var impossibleDate = file.Add("D2", "HD2", "田中", "次郎", birth: "H11.2.30");
        var unknownLocality = file.Add("D3", "HD3", "伊藤", "三郎", locality: "存在しない町");
        using var browser = await SignInAsync(Otsuchi, "admin");

        var report = await browser.PageAsync(await DryRunAsync(browser, file.ShiftJis(), "shift-jis"));

        Assert.Contains($"data-row=\"{impossibleDate}\" data-field=\"dateOfBirth\" data-problem=\"InvalidDate\"", report, StringComparison.Ordinal);
        Assert.Contains($"data-row=\"{unknownLocality}\" data-field=\"locality\" data-problem=\"UnknownLocality\"", report, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-row=\"{good}\"", report, StringComparison.Ordinal);
        Assert.Contains("存在しない日付か、日付として読めません。", report, StringComparison.Ordinal);
        Assert.Equal("1 世帯 1 人", StaffBrowser.TextOf(report, "report-importable"));
        var csvPath = System.Text.RegularExpressions.Regex.Match(report, "href=\"(?<p>/migration/uploads/[0-9a-f]{32}/report.csv)\"").Groups["p"].Value;
        using var csv = await browser.GetAsync(csvPath);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains($"{impossibleDate},エラー,生年月日,存在しない日付か、日付として読めません。", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        Assert.DoesNotContain(await MigrationScope.MigratedAsync(factory.Services, Otsuchi), m => m.Key.StartsWith("legacy:D", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_pages_problems_fifty_at_a_time()
    {
        var file = new LegacyFile();
        for (var i = 0; i < 60; i++)
        {
            file.Add($"P{i}", $"HP{i}", "田中", "次郎", birth: "H11.2.30");
        }

        using var browser = await SignInAsync(Otsuchi, "admin");
        var reportPath = await DryRunAsync(browser, file.Utf8());

        var first = await browser.PageAsync(reportPath);
        var second = await browser.PageAsync(reportPath + "&page=2");

        Assert.Equal(50, CountOf(first, "data-testid=\"report-problem\""));
        Assert.Equal(10, CountOf(second, "data-testid=\"report-problem\""));
        Assert.Contains("data-testid=\"pager\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_confirmation_the_run_imports_in_the_background_and_the_progress_reaches_完了()
    {
        var file = new LegacyFile();
        file.Add("R1", "HR1", "髙橋", "太郎", recordCode: LegacyFile.RecordCode(910));
        file.Add("R2", "HR1", "髙橋", "ハナ", relationship: "02", sex: "2", givenKana: "ハナ");
        file.Add("R3", "HR2", "山﨑", "健", familyKana: "ヤマザキ", givenKana: "ケン");
        using var browser = await SignInAsync(Otsuchi, "admin");
        var reportPath = await DryRunAsync(browser, file.Utf8());
        var uploadId = UploadId(reportPath);

        var confirmation = await browser.PageAsync(reportPath + "&confirm=true");
        Assert.Equal("2 世帯 3 人を、職権記載（移行）として住民票に登録します。", StaffBrowser.TextOf(confirmation, "migration-confirm-text"));
        Assert.DoesNotContain(await MigrationScope.MigratedAsync(factory.Services, Otsuchi), m => m.Key.StartsWith("legacy:R", StringComparison.Ordinal));

        using var started = await browser.PostAsync(reportPath + "&confirm=true", [("_handler", "migration-run"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), ("UploadId", uploadId)]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(PagePath, StaffBrowser.RedirectPath(started));
        await factory.Services.GetRequiredService<MigrationJobs>().WhenFinishedAsync(Otsuchi).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        var page = await browser.PageAsync(PagePath);
        Assert.Equal("完了", StaffBrowser.TextOf(page, "migration-phase"));
        Assert.Contains("<progress id=\"migration-progress-bar\" max=\"100\" value=\"100\"", page, StringComparison.Ordinal);
        Assert.Equal("3 / 3 行（100%）", StaffBrowser.TextOf(page, "migration-figures"));
        Assert.Contains("取込が完了しました：2 世帯 3 人", StaffBrowser.TextOf(page, "migration-completed"), StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"migration-history-row\" data-status=\"Imported\"", page, StringComparison.Ordinal);
        Assert.Equal(["legacy:R1", "legacy:R2", "legacy:R3"], (await MigrationScope.MigratedAsync(factory.Services, Otsuchi)).Where(m => m.Key.StartsWith("legacy:R", StringComparison.Ordinal)).Select(m => m.Key));
        Assert.False(factory.Services.GetRequiredService<MigrationUploads>().Exists(Otsuchi, Guid.ParseExact(uploadId, "N")));
        var audit = await AuditLog.EventsAsync(factory, Otsuchi);
        Assert.Contains(audit, e => e.Action == LegacyResidentImport.AuditAction && e.ActorId.StartsWith("migration-screen:", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == "consortium.legacy-migration-started" && e.SubjectId == uploadId);
    }

    [Fact]
    public async Task A_forged_or_missing_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        var file = new LegacyFile();
        file.Add("F1", "HF1", "佐藤", "一郎");
        using var browser = await SignInAsync(Otsuchi, "admin");
        var before = StoredUploads(Otsuchi).Count;

        using var forged = await UploadAsync(browser, file.Utf8(), token: "forged-token");
        using var missing = await UploadAsync(browser, file.Utf8(), sendToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(before, StoredUploads(Otsuchi).Count);
        Assert.Equal(0, await RunsNamedAsync(Otsuchi, "F1"));
    }

    [Fact]
    public async Task Staff_without_the_migration_permission_are_refused_the_page_the_upload_and_the_report()
    {
        using var clerk = await SignInAsync(Otsuchi, "clerk");
        var file = new LegacyFile();
        file.Add("N1", "HN1", "佐藤", "一郎");
        using var admin = await SignInAsync(Otsuchi, "admin");
        var reportPath = await DryRunAsync(admin, file.Utf8());

        using var page = await clerk.GetAsync(PagePath);
        using var report = await clerk.GetAsync(reportPath);
        using var csv = await clerk.GetAsync($"/migration/uploads/{UploadId(reportPath)}/report.csv");
        using var post = await UploadAsync(clerk, file.Utf8(), token: "any");

        foreach (var response in new[] { page, report, csv, post })
        {
            Assert.True(IsRefused(response), response.RequestMessage!.RequestUri + " " + response.StatusCode);
        }
    }

    [Fact]
    public async Task Another_municipality_cannot_see_the_upload_the_report_or_the_run()
    {
        var file = new LegacyFile();
        file.Add("O1", "HO1", "佐藤", "一郎");
        using var otsuchi = await SignInAsync(Otsuchi, "admin");
        var reportPath = await DryRunAsync(otsuchi, file.Utf8());
        using var noda = await SignInAsync(Noda, "admin");

        using var report = await noda.GetAsync(reportPath);
        using var csv = await noda.GetAsync($"/migration/uploads/{UploadId(reportPath)}/report.csv");
        var page = await noda.PageAsync(PagePath);

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.DoesNotContain("data-testid=\"migration-progress\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"migration-history-row\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legacy_file_above_the_hosts_general_1_MB_limit_reaches_the_migration_screen()
    {
        using var browser = await SignInAsync(Otsuchi, "admin");

        using var response = await UploadAsync(browser, new byte[2 * 1024 * 1024]);

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, "upload answered " + response.StatusCode);
    }

    [Fact]
    public async Task Only_the_migration_screen_accepts_bodies_above_1_MB_and_up_to_the_legacy_file_limit()
    {
        using var scope = factory.Services.CreateScope();
        long LimitOf(string path) => Web.Security.RequestBodyLimits.For(new DefaultHttpContext { RequestServices = scope.ServiceProvider, Request = { Path = path } });

        Assert.True(LimitOf("/migration") > LegacyMigrationService.MaxFileBytes);
        Assert.Equal(Web.Hosting.TsunagiWebApplication.MaxRequestBodyBytes, LimitOf("/residents/move-in"));
        Assert.Equal(Web.Hosting.TsunagiWebApplication.MaxRequestBodyBytes, LimitOf("/migrationx"));
    }

    [Fact]
    public async Task An_upload_without_a_file_names_the_field_and_stores_nothing()
    {
        using var browser = await SignInAsync(Otsuchi, "admin");
        var before = StoredUploads(Otsuchi).Count;

        using var response = await UploadAsync(browser, []);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("移行ファイル：ファイルを選択してください。", StaffBrowser.TextOf(html, "legacy-file-error", "id"));
        Assert.Contains("aria-describedby=\"legacy-file-hint legacy-file-error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, StoredUploads(Otsuchi).Count);
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest
        || (response.StatusCode == HttpStatusCode.Redirect && StaffBrowser.RedirectPath(response)!.StartsWith("/account/access-denied", StringComparison.Ordinal));

    private static int CountOf(string html, string marker) => (html.Length - html.Replace(marker, string.Empty, StringComparison.Ordinal).Length) / marker.Length;

    private async Task<StaffBrowser> SignInAsync(string town, string user)
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(town, user, $"{user}-{town}-demo");
        return browser;
    }

    private List<string> StoredUploads(string town)
    {
        var root = System.IO.Path.Combine(factory.DataDirectory, "migration-uploads", town);
        return Directory.Exists(root) ? [.. Directory.EnumerateDirectories(root)] : [];
    }

    private Task<int> RunsNamedAsync(string town, string legacyId) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<ConsortiumDbContext>().Set<LegacyMigrationRun>().CountAsync(r => r.FileName.Contains(legacyId), Ct));
}
