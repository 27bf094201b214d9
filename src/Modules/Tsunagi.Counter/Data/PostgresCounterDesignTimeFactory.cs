using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class PostgresCounterDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCounterDbContext>
{
    public PostgresCounterDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimePostgres<PostgresCounterDbContext>(CounterDbContext.ModuleName), new TenantContext());
}
