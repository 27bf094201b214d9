namespace Tsunagi.Residents.Features.PostalCodeLookup;

/// <summary>One 町字 of a postal code; <see cref="Locality"/> is empty when the code covers the whole municipality.</summary>
public sealed record PostalCodeLocality(string MunicipalityCode, string MunicipalityName, string Locality);
