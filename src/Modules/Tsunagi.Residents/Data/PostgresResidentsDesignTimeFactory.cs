using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class PostgresResidentsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresResidentsDbContext>
{
    public PostgresResidentsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimePostgres<PostgresResidentsDbContext>(ResidentsDbContext.ModuleName), new TenantContext());
}
