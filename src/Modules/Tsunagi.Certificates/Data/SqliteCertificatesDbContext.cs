using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data;

/// <summary>Certificates on SQLite; migrations in Migrations/Sqlite.</summary>
public sealed class SqliteCertificatesDbContext(DbContextOptions<SqliteCertificatesDbContext> options, ITenantContext tenant) : CertificatesDbContext(options, tenant);
