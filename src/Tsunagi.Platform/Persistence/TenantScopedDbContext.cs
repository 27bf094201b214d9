using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Base of every module's DbContext: the tenant query filter on its <see cref="ITenantOwned"/> entities, the
/// tenant on its PostgreSQL connection, snake_case names. Register it with
/// <see cref="ModuleDatabaseRegistration.AddModuleDbContext{TContext, TSqlite, TPostgres}"/> so it shares the
/// platform context's connection (one transaction for the change, its audit events and its outbox messages).
/// </summary>
public abstract class TenantScopedDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options), ITenantScopedContext
{
    /// <summary>Read by the tenant query filter; throws while the tenant is unresolved (fail closed).</summary>
    internal string CurrentTenantId => tenant.TenantId;

    string? ITenantScopedContext.TenantIdForConnection => tenant.TenantIdOrNull;

    /// <summary>The module's entities (usually <c>ApplyConfigurationsFromAssembly</c>); tenant filter and names follow.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureModel(modelBuilder);
        TenantModel.Apply(modelBuilder, this);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
