namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>A fee change as the form or an API client sends it: type (API name), fee per copy in yen, 施行日, reason.</summary>
public sealed class FeeEntryInput
{
    public string? Type { get; set; }

    public string? FeePerCopy { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? Reason { get; set; }
}
