namespace Tsunagi.Residents.Domain;

/// <summary>An address in this municipality: postal code, 町字 (<see cref="Locality"/>), 番地 (<see cref="Lot"/>) and 方書.</summary>
public sealed record Address(string PostalCode, string Locality, string Lot, string? AddressSupplement)
{
    /// <summary>The address after the municipality's name, as printed: 町字 + 番地, then 方書 after a space.</summary>
    public string Line => string.IsNullOrEmpty(AddressSupplement) ? Locality + Lot : $"{Locality}{Lot}　{AddressSupplement}";
}
