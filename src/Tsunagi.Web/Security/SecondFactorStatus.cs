namespace Tsunagi.Web.Security;

/// <summary>What the security page shows about a staff member's second factor.</summary>
public sealed record SecondFactorStatus(bool Enabled, bool Required, int RecoveryCodesLeft, AuthenticatorSetup? Setup);
