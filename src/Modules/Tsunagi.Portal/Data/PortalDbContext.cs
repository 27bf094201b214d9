using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Domain;

namespace Tsunagi.Portal.Data;

/// <summary>The portal module's tables (pre-applications, residents' sign-in codes); one subclass per provider owns the migrations.</summary>
public abstract class PortalDbContext(DbContextOptions options, ITenantContext tenant) : TenantScopedDbContext(options, tenant)
{
    public const string ModuleName = "portal";

    public DbSet<PreApplication> PreApplications => Set<PreApplication>();

    public DbSet<ResidentSignInCode> SignInCodes => Set<ResidentSignInCode>();

    public DbSet<PortalMail> MailDrop => Set<PortalMail>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
}
