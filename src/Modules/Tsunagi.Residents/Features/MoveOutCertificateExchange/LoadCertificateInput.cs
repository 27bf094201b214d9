namespace Tsunagi.Residents.Features.MoveOutCertificateExchange;

/// <summary>The 転入 page's small form asking another member town for a 転出証明書.</summary>
public sealed class LoadCertificateInput
{
    public string? MunicipalityCode { get; set; }

    public string? Number { get; set; }
}
