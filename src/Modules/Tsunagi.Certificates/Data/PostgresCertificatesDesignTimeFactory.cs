using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class PostgresCertificatesDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCertificatesDbContext>
{
    public PostgresCertificatesDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimePostgres<PostgresCertificatesDbContext>(CertificatesDbContext.ModuleName), new TenantContext());
}
