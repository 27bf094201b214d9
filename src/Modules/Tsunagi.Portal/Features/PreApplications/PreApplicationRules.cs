namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>
/// Value of the setting <c>portal.pre-application</c>: how many days a pre-application stays valid, and how many days
/// after it closes (expired, withdrawn or taken) its draft — the personal data — is deleted by the daily purge.
/// </summary>
public sealed record PreApplicationRules(int ValidityDays, int PurgeAfterDays)
{
    public int EffectiveValidityDays => Math.Clamp(ValidityDays, 1, 90);

    public int EffectivePurgeAfterDays => Math.Clamp(PurgeAfterDays, 0, 365);
}
