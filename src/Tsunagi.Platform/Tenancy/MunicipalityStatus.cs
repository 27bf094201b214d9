namespace Tsunagi.Platform.Tenancy;

public enum MunicipalityStatus
{
    Onboarding,
    Active,
    Deactivated,
}
