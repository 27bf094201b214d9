using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class SqliteCertificatesDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCertificatesDbContext>
{
    public SqliteCertificatesDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimeSqlite<SqliteCertificatesDbContext>(CertificatesDbContext.ModuleName), new TenantContext());
}
