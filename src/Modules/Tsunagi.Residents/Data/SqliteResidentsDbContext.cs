using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Data;

/// <summary>The register on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteResidentsDbContext(DbContextOptions<SqliteResidentsDbContext> options, ITenantContext tenant) : ResidentsDbContext(options, tenant);
