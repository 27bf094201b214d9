using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// Validates a whole legacy file: each row (<see cref="LegacyRowParser"/>), then across rows — duplicate legacy ids,
/// 住民票コード and 個人番号 within the file, 住民票コード already on the register, unknown 町字 (the town's address
/// master, else the mapping's list), households without or with two 世帯主. Rule: a household is imported whole or not
/// at all, so every member of a household with an invalid row is reported and left out. Rows whose legacy id is already
/// on the register are skipped (a re-run), unless their household is only partly imported (an error).
/// </summary>
public sealed class LegacyFileValidator(ILegacyResidentImport register, DateOnly today)
{
    public async Task<ValidationReport> ValidateAsync(LegacyText text, MigrationMapping mapping, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        var parser = new LegacyRowParser(mapping, register.KnownRelationships(), today);
        var problems = new List<RowProblem>();
        var rows = new List<LegacyRow>();
        var households = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var cells in LegacyCsv.Read(text, mapping))
        {
            count++;
            if (parser.Parse(cells, problems) is { } row)
            {
                rows.Add(row);
            }

            if (cells[LegacyField.HouseholdId] is { } household)
            {
                households.TryAdd(household, []);
                households[household].Add(cells.Row);
            }

            if (count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        var existing = await register.FindExistingAsync([.. rows.Select(r => r.LegacyId)], [.. rows.Where(r => r.ResidentRecordCode is not null).Select(r => r.ResidentRecordCode!)], cancellationToken);
        var imported = rows.Where(r => existing.ImportedLegacyIds.Contains(r.LegacyId)).Select(r => r.Row).ToHashSet();
        Duplicates(rows, r => r.LegacyId, LegacyField.LegacyId, "DuplicateLegacyId", problems);
        Duplicates(rows, r => r.ResidentRecordCode, LegacyField.ResidentRecordCode, "DuplicateResidentRecordCode", problems);
        Duplicates(rows, r => r.IndividualNumber?.Value, LegacyField.IndividualNumber, "DuplicateIndividualNumber", problems);
        foreach (var row in rows.Where(r => r.ResidentRecordCode is not null && !imported.Contains(r.Row) && existing.ResidentRecordCodes.Contains(r.ResidentRecordCode)))
        {
            problems.Add(new RowProblem(row.Row, LegacyField.ResidentRecordCode, "ResidentRecordCodeOnRegister"));
        }

        var known = register.KnownLocalities() is { Count: > 0 } master ? master : mapping.Localities;
        if (known.Count > 0)
        {
            var localities = new HashSet<string>(known, StringComparer.Ordinal);
            problems.AddRange(rows.Where(r => !localities.Contains(r.Locality)).Select(r => new RowProblem(r.Row, LegacyField.Locality, "UnknownLocality")));
        }

        var byRow = rows.ToDictionary(r => r.Row);
        var result = new List<IReadOnlyList<LegacyRow>>();
        var bad = problems.Where(p => !p.IsWarning).Select(p => p.Row).ToHashSet();
        foreach (var (_, members) in households)
        {
            var valid = members.Where(byRow.ContainsKey).Select(n => byRow[n]).ToList();
            if (HouseholdProblem(members, valid, imported) is { } problem)
            {
                var field = problem == "HouseholdPartlyImported" ? LegacyField.HouseholdId : LegacyField.Relationship;
                problems.AddRange(valid.Select(r => new RowProblem(r.Row, field, problem)));
                bad.UnionWith(members);
            }

            if (members.Exists(bad.Contains))
            {
                problems.AddRange(members.Where(m => !bad.Contains(m)).Select(m => new RowProblem(m, LegacyField.HouseholdId, "HouseholdMemberInvalid")));
                continue;
            }

            if (!members.TrueForAll(imported.Contains))
            {
                result.Add(valid);
            }
        }

        var order = LegacyField.All.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        return new ValidationReport(text.Encoding, count, [.. problems.OrderBy(p => p.Row).ThenBy(p => order.GetValueOrDefault(p.Field, -1))], result, imported.Count);
    }

    private static string? HouseholdProblem(List<int> members, List<LegacyRow> valid, HashSet<int> imported)
    {
        if (valid.Count != members.Count)
        {
            return null;
        }

        var heads = valid.Count(r => r.Relationship == LegacyHousehold.HeadRelationship);
        if (heads != 1)
        {
            return heads == 0 ? "NoHouseholdHead" : "TwoHouseholdHeads";
        }

        return members.Exists(imported.Contains) && !members.TrueForAll(imported.Contains) ? "HouseholdPartlyImported" : null;
    }

    private static void Duplicates(List<LegacyRow> rows, Func<LegacyRow, string?> key, string field, string problem, List<RowProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (key(row) is { } value && !seen.Add(value))
            {
                problems.Add(new RowProblem(row.Row, field, problem));
            }
        }
    }
}
