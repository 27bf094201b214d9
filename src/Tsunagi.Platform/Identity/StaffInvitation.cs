using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>
/// 招待: a single-use invitation to create a staff account of one municipality (its first administrator at
/// onboarding). Only the SHA-256 of the token is stored; the link is shown once to the operator who issued it.
/// </summary>
public sealed class StaffInvitation : ITenantOwned
{
    public string TenantId { get; init; } = string.Empty;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Hex SHA-256 of the token's secret part.</summary>
    public string TokenHash { get; init; } = string.Empty;

    /// <summary>Where the link was sent; an address of the municipality's office, not a resident's.</summary>
    public string Email { get; init; } = string.Empty;

    /// <summary>The standard role the new account receives (<see cref="StandardRoles.NameOf"/>).</summary>
    public string Role { get; init; } = string.Empty;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public Guid? StaffMemberId { get; private set; }

    public StaffInvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? StaffInvitationState.Used
        : now >= ExpiresAt ? StaffInvitationState.Expired
        : StaffInvitationState.Usable;

    public void Accept(Guid staffMemberId, DateTimeOffset now)
    {
        if (StateAt(now) != StaffInvitationState.Usable)
        {
            throw new InvalidOperationException("The invitation is used or expired.");
        }

        AcceptedAt = now;
        StaffMemberId = staffMemberId;
    }
}
