using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Data;

/// <summary>The continuity tables on PostgreSQL; migrations in Migrations/Postgres.</summary>
public sealed class PostgresContinuityDbContext(DbContextOptions<PostgresContinuityDbContext> options, ITenantContext tenant) : ContinuityDbContext(options, tenant);
