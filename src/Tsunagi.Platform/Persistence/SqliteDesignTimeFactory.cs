using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>Used only by <c>dotnet ef migrations add</c> to build each provider's model; never connects.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
        PersistenceRegistration.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqlitePlatformDbContext(options.Options, new TenantContext());
    }
}
