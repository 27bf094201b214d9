using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Input;

public static class AddressParser
{
    public static Address? Parse(AddressInput input, string path, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var postalCode = reader.PostalCode(input.PostalCode, path + "postalCode");
        var locality = reader.Text(input.Locality, path + "locality", "Field.Locality", 100, required: true);
        var lot = reader.Text(input.Lot, path + "lot", "Field.Lot", 50, required: true);
        var supplement = reader.Text(input.AddressSupplement, path + "addressSupplement", "Field.AddressSupplement", 100, required: false);
        return postalCode is null || locality is null || lot is null ? null : new Address(postalCode, locality, lot, supplement);
    }
}
