namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>A new 手数料 entry as the form or an API client sends it: type (API name), fee per copy in yen, 施行日.</summary>
public sealed class FeeEntryInput
{
    public string? Type { get; set; }

    public string? FeePerCopy { get; set; }

    public string? EffectiveFrom { get; set; }
}
