namespace Tsunagi.Platform.Tenancy;

public enum LocalGovernmentKind
{
    Prefecture,
    Municipality,
    Ward,
}
