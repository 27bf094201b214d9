using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Data;

/// <summary>The counter module's tables (cases, their steps, reception numbers); one subclass per provider owns the migrations.</summary>
public abstract class CounterDbContext(DbContextOptions options, ITenantContext tenant) : TenantScopedDbContext(options, tenant)
{
    public const string ModuleName = "counter";

    public DbSet<Domain.Cases.CounterCase> Cases => Set<Domain.Cases.CounterCase>();

    public DbSet<Domain.Cases.CaseStep> CaseSteps => Set<Domain.Cases.CaseStep>();

    public DbSet<Features.StaffDepartments.StaffDepartment> StaffDepartments => Set<Features.StaffDepartments.StaffDepartment>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CounterDbContext).Assembly);
}
