using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class SqliteContinuityDesignTimeFactory : IDesignTimeDbContextFactory<SqliteContinuityDbContext>
{
    public SqliteContinuityDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimeSqlite<SqliteContinuityDbContext>(ContinuityDbContext.ModuleName), new TenantContext());
}
