using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Domain;

/// <summary>
/// What each municipality prints on its certificates: the certification statement (認証文), the mayor's title and name
/// (e.g. 「東京都千代田区長」「山田　太郎」) and the seal image (PNG, 職印). One row per tenant.
/// </summary>
public sealed class CertificateSettings : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public string CertificationStatement { get; set; } = "この写しは、住民票の原本と相違ないことを証明する。";

    public string MayorTitle { get; set; } = string.Empty;

    public string MayorName { get; set; } = string.Empty;

    public byte[]? SealPng { get; set; }

    /// <summary>Counters (窓口) offered on the issuance form, one per line.</summary>
    public string Counters { get; set; } = "本庁舎 1番窓口";

    public int Version { get; set; }
}
