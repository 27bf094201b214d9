using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Data;

/// <summary>The consortium module's tables (cost models, migration runs, onboarding); one subclass per provider owns the migrations.</summary>
public abstract class ConsortiumDbContext(DbContextOptions options, ITenantContext tenant) : TenantScopedDbContext(options, tenant)
{
    public const string ModuleName = "consortium";

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsortiumDbContext).Assembly);
}
