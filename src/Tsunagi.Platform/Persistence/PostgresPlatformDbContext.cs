using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>The platform context on PostgreSQL; its migrations live in Migrations/Postgres and add row-level security.</summary>
public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options, ITenantContext tenant)
    : PlatformDbContext(options, tenant);
