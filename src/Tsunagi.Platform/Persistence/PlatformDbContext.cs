using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// The platform's tables: tenants, staff identity, audit, API clients, tenant data keys and the outbox with its inbox. Each provider has a
/// subclass that owns its migrations (<see cref="SqlitePlatformDbContext"/>, <see cref="PostgresPlatformDbContext"/>).
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options, ITenantContext tenant)
    : IdentityDbContext<StaffMember, StaffRole, Guid, StaffMemberClaim, StaffMemberRole, StaffMemberLogin, StaffRoleClaim, StaffMemberToken>(options),
      ITenantScopedContext
{
    public DbSet<Consortium> Consortia => Set<Consortium>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<TenantDataKey> TenantDataKeys => Set<TenantDataKey>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxReceipt> InboxReceipts => Set<InboxReceipt>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<SettingValue> SettingValues => Set<SettingValue>();

    public DbSet<SettingChangeRequest> SettingChangeRequests => Set<SettingChangeRequest>();

    public DbSet<UsageCounter> UsageCounters => Set<UsageCounter>();

    /// <summary>Read by the tenant query filter; throws while the tenant is unresolved (fail closed).</summary>
    internal string CurrentTenantId => tenant.TenantId;

    string? ITenantScopedContext.TenantIdForConnection => tenant.TenantIdOrNull;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        builder.UseOpenIddict();
        TenantModel.Apply(builder, this);
        SnakeCaseNames.Apply(builder);
    }
}
