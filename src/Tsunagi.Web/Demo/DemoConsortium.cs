using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Demo;

/// <summary>
/// The demo consortium: 岩手県 大槌町 (034614), 野田村 (035033) and 普代村 (034851), with an
/// administrator, a counter clerk and an auditor per town and an operator for the consortium.
/// Demo accounts need no second factor; real ones do.
/// </summary>
public sealed class DemoConsortium(IServiceProvider services, PlatformDbContext db, LocalGovernmentMaster master, TimeProvider time, IEnumerable<IDemoSeedStep> steps)
{
    public const string ConsortiumId = "sanriku";
    public const string ConsortiumName = "三陸沿岸自治体クラウド協議会（デモ）";

    public static readonly IReadOnlyList<string> MunicipalityCodes = ["034614", "035033", "034851"];

    private static readonly (StandardRole Role, string UserName, string DisplayName)[] TownStaff =
    [
        (StandardRole.Administrator, "admin", "管理 太郎（デモ）"),
        (StandardRole.CounterClerk, "clerk", "窓口 花子（デモ）"),
        (StandardRole.Auditor, "auditor", "監査 次郎（デモ）"),
    ];

    public async Task<bool> IsSeededAsync(CancellationToken cancellationToken) =>
        await db.Consortia.AnyAsync(c => c.Id == ConsortiumId, cancellationToken);

    /// <summary>Creates what is missing; safe to run again.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Consortia.AnyAsync(c => c.Id == ConsortiumId, cancellationToken))
        {
            db.Consortia.Add(new Platform.Tenancy.Consortium(ConsortiumId, ConsortiumName));
        }

        foreach (var code in MunicipalityCodes)
        {
            if (!await db.Municipalities.AnyAsync(m => m.Code == code, cancellationToken))
            {
                db.Municipalities.Add(Municipality.FromMaster(master.Find(code)!, ConsortiumId, time.GetUtcNow()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var code in MunicipalityCodes)
        {
            await services.InTenantScopeAsync(code, TenantKind.Municipality, async sp =>
            {
                foreach (var (role, userName, displayName) in TownStaff)
                {
                    await EnsureStaffAsync(sp, code, userName, displayName, PasswordFor(userName, code), role);
                }

                foreach (var step in steps)
                {
                    await step.SeedAsync(sp, code, cancellationToken);
                }

                return true;
            });
        }

        await services.InTenantScopeAsync(ConsortiumId, TenantKind.Consortium, async sp =>
        {
            await EnsureStaffAsync(sp, ConsortiumId, "operator", "運用 三郎（デモ）", PasswordFor("operator", ConsortiumId), StandardRole.Operator);
            return true;
        });
    }

    public IEnumerable<DemoCredential> Credentials()
    {
        foreach (var code in MunicipalityCodes)
        {
            var name = master.Find(code)!.FullName;
            foreach (var (role, userName, _) in TownStaff)
            {
                yield return new DemoCredential(code, name, userName, PasswordFor(userName, code), StandardRoles.LabelJa(role));
            }

            foreach (var credential in steps.SelectMany(s => s.Credentials(code, name)))
            {
                yield return credential;
            }
        }

        yield return new DemoCredential(ConsortiumId, ConsortiumName, "operator", PasswordFor("operator", ConsortiumId), StandardRoles.LabelJa(StandardRole.Operator));
    }

    private static string PasswordFor(string userName, string tenantId) => $"{userName}-{tenantId}-demo";

    private static async Task EnsureStaffAsync(IServiceProvider sp, string tenantId, string userName, string displayName, string password, StandardRole role)
    {
        var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffMember>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            await sp.GetRequiredService<StaffAccounts>().CreateAsync(tenantId, userName, displayName, password, [role], isDemoAccount: true);
        }
    }
}
