using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Data;

/// <summary>The counter module on PostgreSQL; migrations in Migrations/Postgres (each tenant table with row-level security).</summary>
public sealed class PostgresCounterDbContext(DbContextOptions<PostgresCounterDbContext> options, ITenantContext tenant) : CounterDbContext(options, tenant);
