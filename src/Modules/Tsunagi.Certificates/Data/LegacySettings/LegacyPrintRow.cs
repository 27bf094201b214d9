namespace Tsunagi.Certificates.Data.LegacySettings;

/// <summary>The former per-tenant certificate settings row (<c>legacy_certificate_settings</c>); counters one per line.</summary>
public sealed record LegacyPrintRow(string CertificationStatement, string MayorTitle, string MayorName, byte[]? SealPng, string Counters);
