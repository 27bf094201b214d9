using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Data;

/// <summary>The consortium module on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteConsortiumDbContext(DbContextOptions<SqliteConsortiumDbContext> options, ITenantContext tenant) : ConsortiumDbContext(options, tenant);
