using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Web;

/// <summary>
/// 「住所を補完」 on a counter form: looks the typed postal code up in <see cref="PostalCodeDirectory"/> server side and
/// fills the 町字 (no JavaScript). A malformed, unknown or (for an address in town) another municipality's code is a
/// problem on the postal code field and changes nothing.
/// </summary>
public static class AddressCompletion
{
    /// <summary>Fills the 郵便番号 (with hyphen) and 町字 of an address in <paramref name="municipalityCode"/>; returns the problem, if any.</summary>
    public static FieldProblem? InTown(AddressInput address, string path, string municipalityCode, PostalCodeDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(directory);
        if (Problem(address.PostalCode, path + "postalCode", directory, out var rows) is { } problem)
        {
            return problem;
        }

        var inTown = rows.Where(r => r.MunicipalityCode == municipalityCode).ToList();
        if (inTown.Count == 0)
        {
            return new FieldProblem(path + "postalCode", "Field.PostalCode", "Problem.PostalCodeOutsideMunicipality");
        }

        address.PostalCode = inTown[0].PostalCodeWithHyphen;
        if (inTown.Find(r => r.Locality.Length > 0) is { } first && !inTown.Exists(r => r.Locality == address.Locality))
        {
            address.Locality = first.Locality;
        }

        return null;
    }

    /// <summary>An address anywhere in Japan (転出先): the first 町字 of the code and its line 都道府県 + 市区町村 + 町字.</summary>
    public static FieldProblem? Anywhere(string? postalCode, string field, PostalCodeDirectory directory, LocalGovernmentMaster master, out PostalLocality? found, out string? line)
    {
        ArgumentNullException.ThrowIfNull(master);
        found = null;
        line = null;
        if (Problem(postalCode, field, directory, out var rows) is { } problem)
        {
            return problem;
        }

        found = rows[0];
        line = (master.Find(found.MunicipalityCode)?.FullName ?? string.Empty) + found.Locality;
        return null;
    }

    /// <summary>The localities of a code, written for the status line after a completion: 岩手県大槌町 小鎚.</summary>
    public static string Describe(string? postalCode, PostalCodeDirectory directory, LocalGovernmentMaster master)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(master);
        var rows = directory.Find(postalCode);
        return string.Join("、", rows.Select(r => $"{master.Find(r.MunicipalityCode)?.FullName} {r.Locality}".Trim()).Distinct(StringComparer.Ordinal));
    }

    private static FieldProblem? Problem(string? postalCode, string field, PostalCodeDirectory directory, out IReadOnlyList<PostalLocality> rows)
    {
        ArgumentNullException.ThrowIfNull(directory);
        rows = [];
        if (string.IsNullOrWhiteSpace(postalCode))
        {
            return new FieldProblem(field, "Field.PostalCode", "Problem.Required");
        }

        var digits = TypedDigits.Clean(postalCode.Replace("〒", string.Empty, StringComparison.Ordinal));
        if (digits is not { Length: 7 })
        {
            return new FieldProblem(field, "Field.PostalCode", "Problem.PostalCodeFormat");
        }

        rows = directory.Find(digits);
        return rows.Count == 0 ? new FieldProblem(field, "Field.PostalCode", "Problem.PostalCodeUnknown") : null;
    }
}
