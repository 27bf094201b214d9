using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Data;

/// <summary>The consortium module on PostgreSQL; migrations in Migrations/Postgres (each tenant table with row-level security).</summary>
public sealed class PostgresConsortiumDbContext(DbContextOptions<PostgresConsortiumDbContext> options, ITenantContext tenant) : ConsortiumDbContext(options, tenant);
