using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Tenancy;

/// <summary>Reads the directory of tenants (municipalities and consortia), which is shared reference data.</summary>
public sealed class TenantDirectory(PlatformDbContext db)
{
    private readonly Dictionary<string, Task<string?>> _displayNames = new(StringComparer.Ordinal);

    /// <summary>
    /// 岩手県大槌町 for a municipality, the consortium's name for operators. Asked once per scope: a layout and
    /// its page both ask during one render, and their shared DbContext must not run two queries at once
    /// (on PostgreSQL the second would start while the first is still reading).
    /// </summary>
    public Task<string?> DisplayNameAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (!_displayNames.TryGetValue(tenantId, out var name))
        {
            name = LoadDisplayNameAsync(tenantId, cancellationToken);
            _displayNames[tenantId] = name;
        }

        return name;
    }

    private async Task<string?> LoadDisplayNameAsync(string tenantId, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == tenantId, cancellationToken);
        if (municipality is not null)
        {
            return municipality.PrefectureName + municipality.Name;
        }

        return await db.Consortia.AsNoTracking().Where(c => c.Id == tenantId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The choices of the login page: every active municipality, then each consortium (for its operators).</summary>
    public Task<IReadOnlyList<TenantChoice>> LoginChoicesAsync(CancellationToken cancellationToken = default) =>
        ListAsync(activeOnly: true, cancellationToken);

    /// <summary>Every tenant key that can own data, whatever its status (for verification and export).</summary>
    public Task<IReadOnlyList<TenantChoice>> AllTenantsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(activeOnly: false, cancellationToken);

    public async Task<TenantChoice?> FindAsync(string? tenantId, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(tenantId)
            ? null
            : (await LoginChoicesAsync(cancellationToken)).FirstOrDefault(c => c.TenantId == tenantId);

    private async Task<IReadOnlyList<TenantChoice>> ListAsync(bool activeOnly, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => !activeOnly || m.Status == MunicipalityStatus.Active)
            .OrderBy(m => m.Code)
            .Select(m => new TenantChoice(m.Code, m.PrefectureName + m.Name, TenantKind.Municipality))
            .ToListAsync(cancellationToken);
        var consortia = await db.Consortia.AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => new TenantChoice(c.Id, c.Name, TenantKind.Consortium))
            .ToListAsync(cancellationToken);
        return [.. municipalities, .. consortia];
    }
}
