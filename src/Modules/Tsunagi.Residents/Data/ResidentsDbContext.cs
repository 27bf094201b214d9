using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data;

/// <summary>The resident register's tables; one subclass per provider owns the migrations.</summary>
public abstract class ResidentsDbContext(DbContextOptions options, ITenantContext tenant) : TenantScopedDbContext(options, tenant)
{
    public const string ModuleName = "residents";

    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<ResidencyChange> ResidencyChanges => Set<ResidencyChange>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<DisclosureRestriction> DisclosureRestrictions => Set<DisclosureRestriction>();

    public DbSet<MoveOutCertificate> MoveOutCertificates => Set<MoveOutCertificate>();

    public DbSet<ExOfficioRequest> ExOfficioRequests => Set<ExOfficioRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ResidentsDbContext).Assembly);
}
