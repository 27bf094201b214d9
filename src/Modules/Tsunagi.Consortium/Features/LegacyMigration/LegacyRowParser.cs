using System.Text.RegularExpressions;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// Parses one legacy row on its own (the checks across rows are <see cref="LegacyFileValidator"/>'s): required items,
/// kana, dates (impossible, in the future, before birth), code tables, postal code, 住民票コード (check digit a warning,
/// reference-jp.md) and 個人番号 (check digit an error). Names are kept exactly as given (旧字体 included).
/// </summary>
public sealed partial class LegacyRowParser(MigrationMapping mapping, IReadOnlyList<string> relationships, DateOnly today)
{
    private readonly HashSet<string> _relationships = new(relationships, StringComparer.Ordinal);

    public LegacyRow? Parse(LegacyCells cells, IList<RowProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        var row = cells.Row;
        if (cells.Broken)
        {
            problems.Add(new RowProblem(row, LegacyField.Row, "BrokenBytes"));
        }

        var legacyId = Text(cells, LegacyField.LegacyId, 50, true, problems);
        var household = Text(cells, LegacyField.HouseholdId, 50, true, problems);
        var family = Text(cells, LegacyField.FamilyName, 50, true, problems);
        var given = Text(cells, LegacyField.GivenName, 50, true, problems);
        var familyKana = Kana(cells, LegacyField.FamilyNameKana, problems);
        var givenKana = Kana(cells, LegacyField.GivenNameKana, problems);
        var former = Text(cells, LegacyField.FormerFamilyName, 50, false, problems);
        var birth = Date(cells, LegacyField.DateOfBirth, true, problems);
        var entered = Date(cells, LegacyField.EnteredOn, true, problems);
        var addressSet = Date(cells, LegacyField.AddressSetOn, false, problems);
        if (birth is { } b && entered is { } e && e < b)
        {
            problems.Add(new RowProblem(row, LegacyField.EnteredOn, "BeforeBirth"));
        }

        var sex = Code(cells, LegacyField.Sex, mapping.Sex, problems);
        var relationship = Code(cells, LegacyField.Relationship, mapping.Relationship, problems);
        if (relationship is not null && !_relationships.Contains(relationship))
        {
            problems.Add(new RowProblem(row, LegacyField.Relationship, "UnknownRelationship"));
        }

        var postal = PostalCode(cells, problems);
        var locality = Text(cells, LegacyField.Locality, 100, true, problems);
        var lot = Text(cells, LegacyField.Lot, 50, true, problems);
        var supplement = Text(cells, LegacyField.AddressSupplement, 100, false, problems);
        var domicile = Text(cells, LegacyField.RegisteredDomicile, 200, false, problems);
        var registerHead = Text(cells, LegacyField.FamilyRegisterHead, 100, false, problems);
        var recordCode = RecordCode(cells, problems);
        var number = Number(cells, problems);
        if (problems.Skip(before).Any(p => !p.IsWarning))
        {
            return null;
        }

        var person = new LegacyPerson(legacyId!, family!, given!, familyKana!, givenKana!, former, birth!.Value, sex == "female", relationship!,
            postal!, locality!, lot!, supplement, domicile, registerHead, recordCode, entered!.Value, addressSet, null, null);
        return new LegacyRow(row, household!, person, number);
    }

    private static string? Text(LegacyCells cells, string field, int maxLength, bool required, IList<RowProblem> problems)
    {
        var text = cells[field];
        if (text is null)
        {
            if (required)
            {
                problems.Add(new RowProblem(cells.Row, field, "Required"));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            problems.Add(new RowProblem(cells.Row, field, "TooLong"));
            return null;
        }

        return text;
    }

    private static string? Kana(LegacyCells cells, string field, IList<RowProblem> problems)
    {
        var text = Text(cells, field, 50, true, problems);
        if (text is not null && !KanaOnly().IsMatch(text))
        {
            problems.Add(new RowProblem(cells.Row, field, "NotKana"));
            return null;
        }

        return text;
    }

    private DateOnly? Date(LegacyCells cells, string field, bool required, IList<RowProblem> problems)
    {
        var text = Text(cells, field, 30, required, problems);
        if (text is null)
        {
            return null;
        }

        var (date, problem) = LegacyDates.Parse(text, mapping.DateFormat);
        if (problem is not null)
        {
            problems.Add(new RowProblem(cells.Row, field, problem));
            return null;
        }

        if (date > today)
        {
            problems.Add(new RowProblem(cells.Row, field, "FutureDate"));
            return null;
        }

        return date;
    }

    private static string? Code(LegacyCells cells, string field, IReadOnlyDictionary<string, string> table, IList<RowProblem> problems)
    {
        var text = Text(cells, field, 20, true, problems);
        if (text is null)
        {
            return null;
        }

        var key = JapaneseDigits.ToAscii(text);
        if (table.TryGetValue(key, out var mapped) || table.TryGetValue(text, out mapped))
        {
            return mapped;
        }

        if (field == LegacyField.Sex)
        {
            problems.Add(new RowProblem(cells.Row, field, "UnknownSex"));
            return null;
        }

        return text;
    }

    private static string? PostalCode(LegacyCells cells, IList<RowProblem> problems)
    {
        var text = Text(cells, LegacyField.PostalCode, 10, true, problems);
        var digits = TypedDigits.Clean(text?.Replace("〒", string.Empty, StringComparison.Ordinal));
        if (text is not null && digits is not { Length: 7 })
        {
            problems.Add(new RowProblem(cells.Row, LegacyField.PostalCode, "PostalCodeFormat"));
            return null;
        }

        return digits is null ? null : $"{digits[..3]}-{digits[3..]}";
    }

    private static string? RecordCode(LegacyCells cells, IList<RowProblem> problems)
    {
        var text = cells[LegacyField.ResidentRecordCode];
        if (text is null)
        {
            return null;
        }

        if (!ResidentRecordCode.TryParse(text, out var code, out _))
        {
            problems.Add(new RowProblem(cells.Row, LegacyField.ResidentRecordCode, "ResidentRecordCodeFormat"));
            return null;
        }

        if (code.Value.CheckDigitUnconfirmed)
        {
            problems.Add(new RowProblem(cells.Row, LegacyField.ResidentRecordCode, "ResidentRecordCodeCheckDigit", IsWarning: true));
        }

        return code.Value.Value;
    }

    private static IndividualNumber? Number(LegacyCells cells, IList<RowProblem> problems)
    {
        var text = cells[LegacyField.IndividualNumber];
        if (text is null)
        {
            return null;
        }

        if (!IndividualNumber.TryParse(text, out var number, out var error))
        {
            problems.Add(new RowProblem(cells.Row, LegacyField.IndividualNumber, error == IndividualNumberError.WrongCheckDigit ? "IndividualNumberCheckDigit" : "IndividualNumberFormat"));
            return null;
        }

        return number;
    }

    // Katakana, hiragana, the long vowel mark, middle dot, voiced marks, spaces; half-width katakana too (as the register's forms accept).
    [GeneratedRegex(@"^[\u3041-\u3096\u309B-\u309E\u30A1-\u30FA\u30FC-\u30FE\uFF66-\uFF9F\s・･ー]+$")]
    private static partial Regex KanaOnly();
}
