using Microsoft.EntityFrameworkCore;
using Tsunagi.Continuity.Verification;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Data;

/// <summary>The continuity module's tables (consortium-level operations data, no tenant_id); one subclass per provider owns the migrations.</summary>
public abstract class ContinuityDbContext(DbContextOptions options, ITenantContext tenant) : TenantScopedDbContext(options, tenant)
{
    public const string ModuleName = "continuity";

    public DbSet<BackupVerification> BackupVerifications => Set<BackupVerification>();

    public DbSet<BackupCountSnapshot> BackupCountSnapshots => Set<BackupCountSnapshot>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContinuityDbContext).Assembly);
}
