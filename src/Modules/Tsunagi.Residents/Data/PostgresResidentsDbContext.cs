using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Data;

/// <summary>The register on PostgreSQL; migrations in Migrations/Postgres (each tenant table with row-level security).</summary>
public sealed class PostgresResidentsDbContext(DbContextOptions<PostgresResidentsDbContext> options, ITenantContext tenant) : ResidentsDbContext(options, tenant);
