namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>A checked change of the print settings, its 施行日 and reason; <see cref="SealPng"/> null keeps the seal in force.</summary>
public sealed record SettingsCommand(string CertificationStatement, string MayorTitle, string MayorName, IReadOnlyList<string> Counters, byte[]? SealPng, DateOnly EffectiveFrom, string Reason);
