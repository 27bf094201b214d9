namespace Tsunagi.Residents.Addresses;

/// <summary>One 町字 under a postal code; <see cref="Locality"/> is empty for a code covering the whole municipality.</summary>
public sealed record PostalLocality(string PostalCode, string MunicipalityCode, string Locality)
{
    /// <summary>The postal code as the register stores it: 028-1121.</summary>
    public string PostalCodeWithHyphen => $"{PostalCode[..3]}-{PostalCode[3..]}";
}
