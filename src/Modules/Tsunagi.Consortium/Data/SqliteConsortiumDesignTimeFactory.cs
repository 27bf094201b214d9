using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class SqliteConsortiumDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConsortiumDbContext>
{
    public SqliteConsortiumDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimeSqlite<SqliteConsortiumDbContext>(ConsortiumDbContext.ModuleName), new TenantContext());
}
