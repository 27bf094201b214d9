using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Security;

/// <summary>
/// Enrolment of the authenticator (TOTP) second factor and its recovery codes for the signed-in staff
/// member. Each change commits with its audit event in one transaction; changes that renew the security
/// stamp refresh the sign-in so the member stays signed in with up-to-date claims.
/// </summary>
public sealed class SecondFactorEnrolment(
    UserManager<StaffMember> users,
    SignInManager<StaffMember> signIn,
    StaffAccounts accounts,
    AuditTrail audit,
    PlatformDbContext db)
{
    public const int RecoveryCodeCount = 10;

    public async Task<SecondFactorStatus> StatusAsync(StaffMember member)
    {
        var key = await users.GetAuthenticatorKeyAsync(member);
        var setup = member.TwoFactorEnabled || string.IsNullOrEmpty(key) ? null : AuthenticatorSetup.For(key, member.UserName!, member.TenantId);
        var left = member.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(member) : 0;
        return new SecondFactorStatus(member.TwoFactorEnabled, await accounts.RequiresSecondFactorAsync(member), left, setup);
    }

    /// <summary>Issues a new authenticator key (first enrolment, or a QR code that was never scanned).</summary>
    public async Task IssueKeyAsync(StaffMember member)
    {
        await ChangeAsync(member, "staff.second-factor.key-issue", async () => Check(await users.ResetAuthenticatorKeyAsync(member)));
        await signIn.RefreshSignInAsync(member);
    }

    /// <summary>Turns the second factor on if <paramref name="code"/> proves the authenticator works; returns the recovery codes to show once, or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(StaffMember member, SecondFactorCode code)
    {
        var valid = code.Kind == SecondFactorCodeKind.Authenticator
            && await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, code.Value);
        if (!valid)
        {
            await audit.RecordAsync(new AuditEntry("staff.second-factor.enable", "staff", member.Id.ToString(), AuditOutcome.Failed));
            return null;
        }

        IReadOnlyList<string> codes = [];
        await ChangeAsync(member, "staff.second-factor.enable", async () =>
        {
            Check(await users.SetTwoFactorEnabledAsync(member, true));
            codes = await NewRecoveryCodesAsync(member);
        });
        await signIn.RefreshSignInAsync(member);
        return codes;
    }

    /// <summary>Replaces every recovery code; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(StaffMember member)
    {
        IReadOnlyList<string> codes = [];
        await ChangeAsync(member, "staff.second-factor.recovery-codes", async () => codes = await NewRecoveryCodesAsync(member));
        return codes;
    }

    /// <summary>Moves to another authenticator app: the old key stops working and the second factor is off until the new one is verified.</summary>
    public async Task ResetAsync(StaffMember member)
    {
        await ChangeAsync(member, "staff.second-factor.reset", async () =>
        {
            Check(await users.SetTwoFactorEnabledAsync(member, false));
            Check(await users.ResetAuthenticatorKeyAsync(member));
        });
        await signIn.RefreshSignInAsync(member);
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(StaffMember member) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(member, RecoveryCodeCount) ?? throw new InvalidOperationException("Recovery codes could not be generated.")];

    private async Task ChangeAsync(StaffMember member, string action, Func<Task> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await change();
        await audit.AppendAsync(new AuditEntry(action, "staff", member.Id.ToString()));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new StaffAccountException(result.Errors.Select(e => e.Description).ToList());
        }
    }
}
