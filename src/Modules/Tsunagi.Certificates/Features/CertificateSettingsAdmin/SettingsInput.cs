namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>The settings form as posted: 認証文, 市町村長の職名・氏名, counters (one per line).</summary>
public sealed class SettingsInput
{
    public string? CertificationStatement { get; set; }

    public string? MayorTitle { get; set; }

    public string? MayorName { get; set; }

    public string? Counters { get; set; }
}
