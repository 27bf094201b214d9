using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Features.Lobby;

/// <summary>
/// The lobby display has no login: the municipality comes from the address (<c>/lobby/034614/A</c>), checked against the
/// directory, and the board is read in that municipality's own scope (tenant filter and row-level security apply).
/// </summary>
public static class LobbyAccess
{
    /// <summary>The board, or null when the municipality or the area is unknown (answered as not found).</summary>
    public static async Task<(string MunicipalityName, LobbyBoard Board)?> ReadAsync(IServiceProvider services, string tenant, string area, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!CounterAreas.Exists(area))
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        var choice = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindAsync(tenant, cancellationToken);
        if (choice is not { Kind: TenantKind.Municipality })
        {
            return null;
        }

        var board = await services.InTenantScopeAsync(choice.TenantId, TenantKind.Municipality, sp => sp.GetRequiredService<LobbyBoardQuery>().BoardAsync(area, cancellationToken));
        return (choice.DisplayName, board);
    }
}
