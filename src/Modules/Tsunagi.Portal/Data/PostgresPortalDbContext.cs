using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Portal.Data;

/// <summary>The portal module on PostgreSQL; migrations in Migrations/Postgres (each tenant table with row-level security).</summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, ITenantContext tenant) : PortalDbContext(options, tenant);
