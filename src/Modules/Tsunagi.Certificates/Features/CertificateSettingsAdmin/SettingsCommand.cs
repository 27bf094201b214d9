namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>Checked settings; <see cref="SealPng"/> null keeps the current seal.</summary>
public sealed record SettingsCommand(string CertificationStatement, string MayorTitle, string MayorName, IReadOnlyList<string> Counters, byte[]? SealPng);
