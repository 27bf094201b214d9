using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data;

/// <summary>Certificates' tables; one subclass per provider owns the migrations.</summary>
public abstract class CertificatesDbContext(DbContextOptions options, ITenantContext tenant) : TenantScopedDbContext(options, tenant)
{
    public const string ModuleName = "certificates";

    public DbSet<Issuance> Issuances => Set<Issuance>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<VoidRequest> VoidRequests => Set<VoidRequest>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CertificatesDbContext).Assembly);
}
