namespace Tsunagi.Certificates.Rendering;

/// <summary>
/// What rendering produced: the page count and the characters no installed font has. Issuance refuses a certificate
/// with any unprintable character: it would print as a box instead of the resident's name.
/// </summary>
public sealed record RenderedCertificate(int PageCount, IReadOnlyList<string> UnprintableCharacters);
