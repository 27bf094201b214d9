namespace Tsunagi.Residents.Input;

/// <summary>An address in this municipality as entered: 郵便番号, 町字, 番地, 方書.</summary>
public sealed class AddressInput
{
    public string? PostalCode { get; set; }

    public string? Locality { get; set; }

    public string? Lot { get; set; }

    public string? AddressSupplement { get; set; }
}
