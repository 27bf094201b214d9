using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Testing;

/// <summary>Real (non-demo) staff accounts created through <see cref="StaffAccounts"/> for a test.</summary>
public static class StaffFixtures
{
    public const string Otsuchi = "034614";

    public const string Password = "correct-horse-battery";

    /// <summary>Creates a staff member with a unique user name (tests share a database per class) and returns that name.</summary>
    public static async Task<string> CreateAsync(TsunagiFactory factory, StandardRole role, string tenantId = Otsuchi)
    {
        var userName = $"{StandardRoles.NameOf(role)}-{Guid.CreateVersion7():N}";
        await CreateNamedAsync(factory, userName, role, tenantId);
        return userName;
    }

    public static Task<StaffMember> CreateNamedAsync(TsunagiFactory factory, string userName, StandardRole role, string tenantId = Otsuchi)
    {
        var kind = tenantId.All(char.IsAsciiDigit) ? TenantKind.Municipality : TenantKind.Consortium;
        return factory.Services.InTenantScopeAsync(tenantId, kind, sp =>
            sp.GetRequiredService<StaffAccounts>().CreateAsync(tenantId, userName, "試験 職員", Password, [role]));
    }

    public static Task<StaffMember> FindAsync(TsunagiFactory factory, string userName, string tenantId = Otsuchi) =>
        factory.Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, async sp =>
            await sp.GetRequiredService<UserManager<StaffMember>>().FindByNameAsync(userName) ?? throw new InvalidOperationException(userName));
}
