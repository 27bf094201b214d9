using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class SqliteResidentsDesignTimeFactory : IDesignTimeDbContextFactory<SqliteResidentsDbContext>
{
    public SqliteResidentsDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimeSqlite<SqliteResidentsDbContext>(ResidentsDbContext.ModuleName), new TenantContext());
}
