using Microsoft.EntityFrameworkCore.Design;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; never connects.</summary>
public sealed class PostgresContinuityDesignTimeFactory : IDesignTimeDbContextFactory<PostgresContinuityDbContext>
{
    public PostgresContinuityDbContext CreateDbContext(string[] args) =>
        new(ModuleDatabaseRegistration.DesignTimePostgres<PostgresContinuityDbContext>(ContinuityDbContext.ModuleName), new TenantContext());
}
