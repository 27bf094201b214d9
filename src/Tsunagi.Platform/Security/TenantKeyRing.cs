using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Security;

/// <summary>
/// The current tenant's data keys, unwrapped for this scope only. Reads go through the tenant query
/// filter (and row-level security on PostgreSQL), so another tenant's keys are never loaded. The first
/// use for a tenant creates version 1, audited.
/// </summary>
public sealed class TenantKeyRing(PlatformDbContext db, ITenantContext tenant, AuditTrail audit, MasterKey masterKey, IServiceProvider services, TimeProvider time)
{
    public const string KeyCreatedAction = "tenant-data-key.created";

    private const int MaxAttempts = 3;

    private readonly Dictionary<int, DataKeyMaterial> _unwrapped = [];

    private int? _currentVersion;

    public async Task<DataKeyMaterial> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_currentVersion is { } known)
        {
            return _unwrapped[known];
        }

        var stored = await LatestAsync(db, cancellationToken) ?? await CreateFirstAsync(cancellationToken);
        var material = Unwrap(stored);
        _currentVersion = material.Version;
        return material;
    }

    /// <summary>Throws <see cref="CryptographicException"/> when this tenant has no such key version.</summary>
    public async Task<DataKeyMaterial> VersionAsync(int version, CancellationToken cancellationToken = default)
    {
        if (_unwrapped.TryGetValue(version, out var cached))
        {
            return cached;
        }

        var tenantId = tenant.TenantId;
        var stored = await db.TenantDataKeys.AsNoTracking()
            .SingleOrDefaultAsync(k => k.TenantId == tenantId && k.Version == version, cancellationToken)
            ?? throw new CryptographicException($"This tenant has no data key version {version}.");
        return Unwrap(stored);
    }

    private static Task<TenantDataKey?> LatestAsync(PlatformDbContext context, CancellationToken cancellationToken)
    {
        var tenantId = context.CurrentTenantId;
        return context.TenantDataKeys.AsNoTracking()
            .Where(k => k.TenantId == tenantId)
            .OrderByDescending(k => k.Version)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private DataKeyMaterial Unwrap(TenantDataKey stored)
    {
        var dataKey = masterKey.Unwrap(stored.TenantId, stored.Version, stored.WrappedKey);
        var material = new DataKeyMaterial(stored.TenantId, stored.Version, dataKey);
        CryptographicOperations.ZeroMemory(dataKey);
        _unwrapped[stored.Version] = material;
        return material;
    }

    /// <summary>
    /// Inside the caller's transaction the key joins it (on SQLite a second connection would wait for
    /// that transaction's write lock); otherwise it commits at once in a scope of its own, so the
    /// caller's pending changes are not saved with it. Two first uses racing: the loser reads the winner's key.
    /// </summary>
    private async Task<TenantDataKey> CreateFirstAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var key = await AddFirstAsync(db, tenant.TenantId, audit, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await services.InTenantScopeAsync(tenant.TenantId, tenant.Kind, async sp =>
                {
                    var own = sp.GetRequiredService<PlatformDbContext>();
                    await using var transaction = await own.Database.BeginTransactionAsync(cancellationToken);
                    var key = await AddFirstAsync(own, tenant.TenantId, sp.GetRequiredService<AuditTrail>(), cancellationToken);
                    await own.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return key;
                });
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Lost a race for the key (or for the audit chain head): use the winner's key, or try again.
                if (await LatestAsync(db, cancellationToken) is { } created)
                {
                    return created;
                }
            }
        }
    }

    private async Task<TenantDataKey> AddFirstAsync(PlatformDbContext context, string tenantId, AuditTrail audit, CancellationToken cancellationToken)
    {
        const int version = 1;
        var dataKey = RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize);
        var key = new TenantDataKey
        {
            TenantId = tenantId,
            Version = version,
            WrappedKey = masterKey.Wrap(tenantId, version, dataKey),
            CreatedAt = time.GetUtcNow(),
        };
        CryptographicOperations.ZeroMemory(dataKey);
        context.TenantDataKeys.Add(key);
        await audit.AppendAsync(new AuditEntry(KeyCreatedAction, nameof(TenantDataKey), version.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        return key;
    }
}
