namespace Tsunagi.Residents.Features.PostalCodeLookup;

/// <summary>A postal code and the 町字 it covers.</summary>
public sealed record PostalCodeResponse(string PostalCode, IReadOnlyList<PostalCodeLocality> Localities);
