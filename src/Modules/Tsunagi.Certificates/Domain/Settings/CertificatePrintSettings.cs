using System.ComponentModel.DataAnnotations;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>
/// What a municipality prints on its certificates (setting <c>certificates.print</c>): the 認証文, the mayor's title and
/// name (「大槌町長」「平野　公三」), the issuing counters (窓口) and the 職印 as a base64 PNG (null: no seal printed).
/// </summary>
public sealed record CertificatePrintSettings(
    [property: StringLength(500, MinimumLength = 1)] string AttestationText,
    [property: StringLength(100, MinimumLength = 1)] string MayorTitle,
    [property: StringLength(100, MinimumLength = 1)] string MayorName,
    [property: MinLength(1), MaxLength(CertificatePrintSettings.MaxCounters)] IReadOnlyList<string> Counters,
    string? SealPng)
{
    public const int MaxCounters = 20;

    public const int MaxCounterLength = 100;

    public const string StandardAttestation = "この写しは、住民票の原本と相違ないことを証明する。";

    /// <summary>Whether the mayor's title and name are set; a certificate without them is not issued.</summary>
    public bool IsComplete => !string.IsNullOrWhiteSpace(MayorTitle) && !string.IsNullOrWhiteSpace(MayorName);

    public byte[]? SealBytes() => SealPng is { Length: > 0 } text ? Convert.FromBase64String(text) : null;
}
