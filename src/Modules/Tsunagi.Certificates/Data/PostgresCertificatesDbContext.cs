using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data;

/// <summary>Certificates on PostgreSQL; migrations in Migrations/Postgres (each tenant table with row-level security).</summary>
public sealed class PostgresCertificatesDbContext(DbContextOptions<PostgresCertificatesDbContext> options, ITenantContext tenant) : CertificatesDbContext(options, tenant);
