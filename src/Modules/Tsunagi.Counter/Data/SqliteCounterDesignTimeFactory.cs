using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class SqliteCounterDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCounterDbContext>
{
    public SqliteCounterDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimeSqlite<SqliteCounterDbContext>(CounterDbContext.ModuleName), new TenantContext());
}
