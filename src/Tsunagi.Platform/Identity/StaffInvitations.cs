using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>Issues and accepts staff invitations of the current tenant (a municipality).</summary>
public sealed class StaffInvitations(PlatformDbContext db, ITenantContext tenant, StaffAccounts accounts, AuditTrail audit, TimeProvider time)
{
    public const string IssuedAction = "staff.invitation.issue";

    public const string AcceptedAction = "staff.invitation.accept";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    /// <summary>Adds an invitation to the caller's transaction and returns its token, which is not stored and cannot be shown again.</summary>
    public async Task<StaffInvitationToken> IssueAsync(string email, StandardRole role, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var token = StaffInvitationToken.New(tenant.TenantId);
        var now = time.GetUtcNow();
        var invitation = new StaffInvitation
        {
            TenantId = tenant.TenantId,
            TokenHash = token.Hash,
            Email = email,
            Role = StandardRoles.NameOf(role),
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.Set<StaffInvitation>().Add(invitation);
        await audit.AppendAsync(new AuditEntry(IssuedAction, "staff-invitation", invitation.Id.ToString()), cancellationToken);
        return token;
    }

    public async Task<StaffInvitationState> StateAsync(StaffInvitationToken token, CancellationToken cancellationToken = default) =>
        await FindAsync(token, cancellationToken) is { } invitation ? invitation.StateAt(time.GetUtcNow()) : StaffInvitationState.Unknown;

    /// <summary>
    /// Creates the invited account with its role and marks the invitation used, in one transaction. Returns the state
    /// that refused it, or <see cref="StaffInvitationState.Usable"/> and the member; a password Identity refuses throws
    /// <see cref="StaffAccountException"/> with nothing changed.
    /// </summary>
    public async Task<(StaffInvitationState State, StaffMember? Member)> AcceptAsync(
        StaffInvitationToken token, string userName, string displayName, string password, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var invitation = await FindAsync(token, cancellationToken);
            var now = time.GetUtcNow();
            var state = invitation?.StateAt(now) ?? StaffInvitationState.Unknown;
            if (invitation is null || state != StaffInvitationState.Usable)
            {
                return (state, null);
            }

            var role = Enum.GetValues<StandardRole>().Single(r => StandardRoles.NameOf(r) == invitation.Role);
            var member = await accounts.CreateAsync(tenant.TenantId, userName, displayName, password, [role]);
            invitation.Accept(member.Id, now);
            await audit.AppendAsync(new AuditEntry(AcceptedAction, "staff-invitation", invitation.Id.ToString()), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (StaffInvitationState.Usable, member);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private Task<StaffInvitation?> FindAsync(StaffInvitationToken token, CancellationToken cancellationToken)
    {
        if (token.MunicipalityCode != tenant.TenantId)
        {
            return Task.FromResult<StaffInvitation?>(null);
        }

        var hash = token.Hash;
        return db.Set<StaffInvitation>().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }
}
