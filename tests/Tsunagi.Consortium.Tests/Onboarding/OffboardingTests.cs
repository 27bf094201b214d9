using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.Offboarding;
using Tsunagi.Continuity.Export;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

public sealed class OffboardingTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Offboarding_writes_an_export_that_verifies_then_deactivates_and_the_towns_users_get_410()
    {
        var town = await Onboard.TownAsync(factory, "035246");
        using var admin = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(admin, town.InvitationPath, "ichinohe-admin");
        var (key, _) = await SecondFactorSteps.StartAsync(admin);
        await SecondFactorSteps.VerifyAsync(admin, SecondFactorSteps.CodeFor(key));
        Assert.True(await Onboard.ActivateAsync(factory, "035246"));
        var directory = Path.Combine(factory.DataDirectory, "offboarding-035246");

        var done = await OffboardAsync("035246", directory);
        var verified = await ExportVerification.VerifyAsync(directory, Cancellation);
        using var page = await admin.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync(Cancellation);

        Assert.NotNull(done);
        Assert.Equal("035246", verified.Municipality);
        Assert.True(done.Archive.Rows > 0);
        Assert.Equal(MunicipalityStatus.Deactivated, await Onboard.StatusAsync(factory, "035246"));
        Assert.Equal(new DateOnly(2036, 11, 23), done.RetainedUntil);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Equal("この団体の利用は終了しました。", StaffBrowser.TextOf(html, "tenant-status"));
        Assert.Contains(await AuditLog.EventsAsync(factory, Onboard.Consortium, TenantKind.Consortium), e => e.Action == OffboardMunicipalityHandler.Action && e.SubjectId == "035246");
    }

    [Fact]
    public async Task An_export_that_cannot_be_written_leaves_the_town_active()
    {
        await Onboard.TownAsync(factory, "034843");
        Assert.True(await Onboard.ActivateAsync(factory, "034843"));
        var directory = Path.Combine(factory.DataDirectory, "not-empty-034843");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "other.txt"), "x", Cancellation);

        await Assert.ThrowsAsync<OffboardingRefusedException>(() => OffboardAsync("034843", directory));

        Assert.Equal(MunicipalityStatus.Active, await Onboard.StatusAsync(factory, "034843"));
    }

    [Fact]
    public async Task A_town_of_no_member_is_not_found_and_a_deactivated_one_is_refused()
    {
        Assert.Null(await OffboardAsync("032018", Path.Combine(factory.DataDirectory, "none")));
        await Onboard.TownAsync(factory, "034835");
        Assert.NotNull(await OffboardAsync("034835", Path.Combine(factory.DataDirectory, "first-034835")));

        await Assert.ThrowsAsync<OffboardingRefusedException>(() => OffboardAsync("034835", Path.Combine(factory.DataDirectory, "second-034835")));
    }

    private Task<OffboardedMunicipality?> OffboardAsync(string code, string directory) =>
        factory.Services.InTenantScopeAsync(Onboard.Consortium, TenantKind.Consortium, sp =>
            sp.GetRequiredService<OffboardMunicipalityHandler>().HandleAsync(code, directory, Cancellation));
}
