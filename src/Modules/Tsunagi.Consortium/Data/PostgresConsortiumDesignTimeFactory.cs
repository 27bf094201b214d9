using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class PostgresConsortiumDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConsortiumDbContext>
{
    public PostgresConsortiumDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimePostgres<PostgresConsortiumDbContext>(ConsortiumDbContext.ModuleName), new TenantContext());
}
