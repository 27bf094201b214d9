namespace Tsunagi.Certificates.Resources;

/// <summary>Marker for the certificates module's UI strings (generated from strings.tsv by tools/strings/generate-resx.py).</summary>
public sealed class CertificatesResource;
