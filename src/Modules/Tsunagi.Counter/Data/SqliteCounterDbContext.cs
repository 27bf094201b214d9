using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Data;

/// <summary>The counter module on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteCounterDbContext(DbContextOptions<SqliteCounterDbContext> options, ITenantContext tenant) : CounterDbContext(options, tenant);
