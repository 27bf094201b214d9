using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

public sealed class OnboardingTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Onboarding_creates_the_town_in_onboarding_with_its_key_sequences_roles_and_one_administrator_invitation()
    {
        var town = await Onboard.TownAsync(factory, "033014");

        Assert.Equal("岩手県雫石町", town.FullName);
        Assert.StartsWith("/account/invitation/033014.", town.InvitationPath, StringComparison.Ordinal);
        Assert.Equal(MunicipalityStatus.Onboarding, await Onboard.StatusAsync(factory, "033014"));
        var (keys, sequences, roles, invitations, hash, audit) = await factory.Services.InTenantScopeAsync("033014", TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return (
                await db.TenantDataKeys.CountAsync(Cancellation),
                await db.Set<NumberSequence>().Where(s => s.LastValue == 0).Select(s => s.Name).ToListAsync(Cancellation),
                await db.Roles.Select(r => r.Name!).ToListAsync(Cancellation),
                await db.Set<StaffInvitation>().ToListAsync(Cancellation),
                Platform.Identity.StaffInvitationToken.TryParse(town.InvitationToken, out var token) ? token!.Hash : null,
                await db.AuditEvents.Select(e => e.Action).ToListAsync(Cancellation));
        });
        Assert.Equal(1, keys);
        Assert.Equal(3, sequences.Count);
        Assert.Equal(["administrator", "auditor", "counter-clerk"], roles.Order(StringComparer.Ordinal));
        var invitation = Assert.Single(invitations);
        Assert.Equal(hash, invitation.TokenHash);
        Assert.DoesNotContain(town.InvitationToken.Split('.')[1], invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(7), invitation.ExpiresAt - invitation.CreatedAt);
        Assert.Contains("municipality.onboard", audit);
        Assert.Contains(TenantKeyRing.KeyCreatedAction, audit);
        Assert.Contains(await AuditLog.EventsAsync(factory, Onboard.Consortium, TenantKind.Consortium), e => e.Action == "municipality.onboard" && e.SubjectId == "033014");
    }

    [Fact]
    public async Task A_municipality_already_in_the_consortium_is_refused_in_Japanese_and_nothing_changes()
    {
        var result = await Onboard.RunAsync(factory, "034614");

        Assert.Null(result.Municipality);
        Assert.Equal("団体コード：岩手県大槌町（034614）はすでに共同利用団体に加入しています。", result.Errors["code"]);
        Assert.Equal(MunicipalityStatus.Active, await Onboard.StatusAsync(factory, "034614"));
    }

    [Theory]
    [InlineData("033015", "email@example.jp", "code", "団体コード：検査数字が正しくありません。")]
    [InlineData("030007", "email@example.jp", "code", "団体コード：都道府県は加入できません。市区町村を選んでください。")]
    [InlineData("033022", "not an address", "email", "管理者のメールアドレス：形式が正しくありません（例：admin@town.example.lg.jp）。")]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_is_created(string code, string email, string field, string message)
    {
        var result = await Onboard.RunAsync(factory, code, email);

        Assert.Equal(message, result.Errors[field]);
        Assert.Null(await Onboard.StatusAsync(factory, code));
    }

    [Fact]
    public async Task The_new_towns_administrator_and_Otsuchis_staff_never_see_each_other()
    {
        var town = await Onboard.TownAsync(factory, "033031");
        using var admin = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(admin, town.InvitationPath, "iwate-admin");
        Assert.True(await Onboard.ActivateAsync(factory, "033031"));
        var (key, _) = await SecondFactorSteps.StartAsync(admin);
        await SecondFactorSteps.VerifyAsync(admin, SecondFactorSteps.CodeFor(key));

        var newTownStaff = await admin.PageAsync("/admin/staff");
        using var otsuchi = new StaffBrowser(factory);
        await otsuchi.SignInAsync("034614", "admin", "admin-034614-demo");
        var otsuchiStaff = await otsuchi.PageAsync("/admin/staff");

        Assert.Contains("iwate-admin", newTownStaff, StringComparison.Ordinal);
        Assert.DoesNotContain("管理 太郎", newTownStaff, StringComparison.Ordinal);
        Assert.DoesNotContain("iwate-admin", otsuchiStaff, StringComparison.Ordinal);
        var otsuchiMember = await StaffFixtures.FindAsync(factory, "admin");
        var seenFromNewTown = await factory.Services.InTenantScopeAsync("033031", TenantKind.Municipality, async sp =>
            await sp.GetRequiredService<UserManager<StaffMember>>().FindByIdAsync(otsuchiMember.Id.ToString()));
        Assert.Null(seenFromNewTown);
    }
}
