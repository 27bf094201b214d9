namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>The settings form as posted: 認証文, 市町村長の職名・氏名, counters (one per line), 施行日 and the reason for the change.</summary>
public sealed class SettingsInput
{
    public string? CertificationStatement { get; set; }

    public string? MayorTitle { get; set; }

    public string? MayorName { get; set; }

    public string? Counters { get; set; }

    public string? EffectiveFrom { get; set; }

    public string? Reason { get; set; }
}
