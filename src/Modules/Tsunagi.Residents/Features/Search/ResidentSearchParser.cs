using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.Search;

public static class ResidentSearchParser
{
    /// <summary>The criteria, or null with the problems in <paramref name="reader"/>. Empty input gives empty criteria.</summary>
    public static ResidentSearchCriteria? Parse(ResidentSearchInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var name = reader.Text(input.Name, "name", "Field.Name", 100, required: false);
        var (nameKey, givenKey) = Keys(name);
        var dateOfBirth = reader.Date(input.DateOfBirth, "dateOfBirth", "Field.DateOfBirth", required: false);
        var address = reader.Text(input.Address, "address", "Field.Address", 300, required: false);
        var recordCode = RecordCode(input.ResidentRecordCode, reader);
        var number = Number(input.IndividualNumber, reader);
        return reader.HasErrors ? null : new ResidentSearchCriteria(nameKey, givenKey, dateOfBirth, address, recordCode, number, input.IncludeRemoved);
    }

    /// <summary>「山田 太郎」 (any width of space) → family and given keys; one word → one key matched against every name column.</summary>
    private static (string? Name, string? Given) Keys(string? name)
    {
        if (name is null)
        {
            return (null, null);
        }

        var words = name.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = NameSearchKey.For(words[0]).Value;
        var second = words.Length > 1 ? NameSearchKey.For(words[1]).Value : string.Empty;
        return (first.Length == 0 ? null : first, second.Length == 0 ? null : second) switch
        {
            (null, { } only) => (only, null),
            var keys => keys,
        };
    }

    private static string? RecordCode(string? value, InputReader reader)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = TypedDigits.Clean(value);
        if (digits is not { Length: 11 })
        {
            reader.Add(new FieldProblem("residentRecordCode", "Field.ResidentRecordCode", "Problem.ResidentRecordCodeFormat"));
            return null;
        }

        return digits;
    }

    private static IndividualNumber? Number(string? value, InputReader reader)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!IndividualNumber.TryParse(value, out var number, out var error))
        {
            var problem = error == IndividualNumberError.WrongCheckDigit ? "Problem.IndividualNumberCheckDigit" : "Problem.IndividualNumberFormat";
            reader.Add(new FieldProblem("individualNumber", "Field.IndividualNumber", problem));
            return null;
        }

        return number;
    }
}
