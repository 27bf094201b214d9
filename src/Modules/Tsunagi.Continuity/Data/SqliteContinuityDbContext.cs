using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Data;

/// <summary>The continuity tables on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteContinuityDbContext(DbContextOptions<SqliteContinuityDbContext> options, ITenantContext tenant) : ContinuityDbContext(options, tenant);
