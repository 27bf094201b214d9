using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>What the steps of one onboarding share: the municipality, its consortium, the administrator's address and the time.</summary>
public sealed class OnboardingContext(LocalGovernmentEntry municipality, string consortiumId, string administratorEmail, DateTimeOffset startedAt)
{
    public LocalGovernmentEntry Municipality { get; } = municipality;

    public string ConsortiumId { get; } = consortiumId;

    public string AdministratorEmail { get; } = administratorEmail;

    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>Set by the invitation step; shown once, never stored.</summary>
    public StaffInvitationToken? InvitationToken { get; set; }
}
