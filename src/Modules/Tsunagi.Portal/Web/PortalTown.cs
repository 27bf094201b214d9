using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Portal.Web;

/// <summary>
/// The municipality a portal page belongs to, from its path (<c>/portal/034614/…</c>). Work runs in a scope of that
/// tenant — never the request's own, which may belong to a signed-in staff member — so the tenant filter and RLS apply.
/// </summary>
public sealed class PortalTown(TenantDirectory directory, IServiceProvider services)
{
    /// <summary>「岩手県大槌町」, or null when the code is not an active municipality (the page answers 404).</summary>
    public async Task<string?> NameAsync(string? municipality, CancellationToken cancellationToken = default)
    {
        if (municipality is not { Length: 6 } || !municipality.All(char.IsAsciiDigit))
        {
            return null;
        }

        var tenant = await directory.FindAsync(municipality, cancellationToken);
        return tenant is { Kind: TenantKind.Municipality } ? tenant.DisplayName : null;
    }

    public Task<T> RunAsync<T>(string municipality, Func<IServiceProvider, Task<T>> work) =>
        services.InTenantScopeAsync(municipality, TenantKind.Municipality, work);
}
