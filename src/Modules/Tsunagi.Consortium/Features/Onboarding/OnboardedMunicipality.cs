namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>A municipality just onboarded, with the invitation link's token to show once.</summary>
public sealed record OnboardedMunicipality(string Code, string FullName, string InvitationToken, DateTimeOffset InvitationExpiresAt)
{
    public string InvitationPath => "/account/invitation/" + InvitationToken;
}
