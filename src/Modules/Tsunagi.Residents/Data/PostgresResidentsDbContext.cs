using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Data;

/// <summary>The register on PostgreSQL; migrations in Migrations/Postgres (each tenant table with row-level security).</summary>
public sealed class PostgresResidentsDbContext(DbContextOptions<PostgresResidentsDbContext> options, ITenantContext tenant) : ResidentsDbContext(options, tenant)
{
    /// <summary>Search keys compare by code point (C collation) so a prefix is one index range whatever the server's locale.</summary>
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        base.ConfigureModel(modelBuilder);
        var resident = modelBuilder.Entity<Resident>();
        resident.Property(r => r.NameKey).UseCollation("C");
        resident.Property(r => r.KanaKey).UseCollation("C");
        resident.Property(r => r.GivenNameKey).UseCollation("C");
        resident.Property(r => r.GivenKanaKey).UseCollation("C");
        resident.Property(r => r.AddressLine).UseCollation("C");
        resident.Property(r => r.Locality).UseCollation("C");
    }
}
