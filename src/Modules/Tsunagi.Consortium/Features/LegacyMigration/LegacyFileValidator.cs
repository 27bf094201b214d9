using System.Globalization;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// Validates a whole legacy file: each row (<see cref="LegacyRowParser"/>), then across rows — duplicate legacy ids,
/// 住民票コード and 個人番号 within the file, 住民票コード already on the register, unknown 町字 (the town's address
/// master, else the mapping's list), households without or with two 世帯主. Rule: a household is imported whole or not
/// at all, so every member of a household with an invalid row is reported and left out. Rows whose legacy id is already
/// on the register are skipped (a re-run), unless their household is only partly imported (an error).
/// Streaming in two passes: validation keeps only the keys of each row (<see cref="RowKeys"/>), and
/// <see cref="ImportableRows"/> parses the file again for the rows to stage, so a file of 1,000,000 people is
/// never held as parsed rows.
/// </summary>
public sealed class LegacyFileValidator(ILegacyResidentImport register, DateOnly today)
{
    public async Task<ValidationReport> ValidateAsync(LegacyText text, MigrationMapping mapping, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        var parser = new LegacyRowParser(mapping, register.KnownRelationships(), today);
        var known = register.KnownLocalities() is { Count: > 0 } master ? master : mapping.Localities;
        var localities = known.Count > 0 ? new HashSet<string>(known, StringComparer.Ordinal) : null;
        var problems = new List<RowProblem>();
        var rows = new List<RowKeys>();
        var households = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var (legacyIds, codes, numbers) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<long>(), new HashSet<long>());
        var count = 0;
        foreach (var cells in LegacyCsv.Read(text, mapping))
        {
            count++;
            if (parser.Parse(cells, problems) is { } row)
            {
                var code = row.ResidentRecordCode is { } c ? long.Parse(c, CultureInfo.InvariantCulture) : (long?)null;
                rows.Add(new RowKeys(row.Row, row.LegacyId, code, row.Relationship == LegacyHousehold.HeadRelationship));
                Unique(legacyIds.Add(row.LegacyId), row.Row, LegacyField.LegacyId, "DuplicateLegacyId", problems);
                Unique(code is not { } rc || codes.Add(rc), row.Row, LegacyField.ResidentRecordCode, "DuplicateResidentRecordCode", problems);
                Unique(row.IndividualNumber is not { } n || numbers.Add(long.Parse(n.Value, CultureInfo.InvariantCulture)), row.Row, LegacyField.IndividualNumber, "DuplicateIndividualNumber", problems);
                if (localities is not null && !localities.Contains(row.Locality))
                {
                    problems.Add(new RowProblem(row.Row, LegacyField.Locality, "UnknownLocality"));
                }
            }

            if (cells[LegacyField.HouseholdId] is { } household)
            {
                if (!households.TryGetValue(household, out var members))
                {
                    households.Add(household, members = []);
                }

                members.Add(cells.Row);
            }

            if (count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        var existing = await register.FindExistingAsync([.. rows.Select(r => r.LegacyId)], [.. rows.Where(r => r.ResidentRecordCode is not null).Select(r => Code(r.ResidentRecordCode!.Value))], cancellationToken);
        var imported = rows.Where(r => existing.ImportedLegacyIds.Contains(r.LegacyId)).Select(r => r.Row).ToHashSet();
        foreach (var row in rows.Where(r => r.ResidentRecordCode is { } c && !imported.Contains(r.Row) && existing.ResidentRecordCodes.Contains(Code(c))))
        {
            problems.Add(new RowProblem(row.Row, LegacyField.ResidentRecordCode, "ResidentRecordCodeOnRegister"));
        }

        var byRow = rows.ToDictionary(r => r.Row);
        var result = new List<IReadOnlyList<int>>();
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
                result.Add([.. members]);
            }
        }

        var order = LegacyField.All.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        return new ValidationReport(text.Encoding, count, [.. problems.OrderBy(p => p.Row).ThenBy(p => order.GetValueOrDefault(p.Field, -1))], result, imported.Count);
    }

    /// <summary>The second pass: the rows of the report's importable households after <paramref name="afterRow"/>, parsed again, in file order.</summary>
    public IEnumerable<LegacyRow> ImportableRows(LegacyText text, MigrationMapping mapping, ValidationReport report, int afterRow)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parser = new LegacyRowParser(mapping, register.KnownRelationships(), today);
        var wanted = report.Households.SelectMany(h => h).Where(r => r > afterRow).ToHashSet();
        var scratch = new List<RowProblem>();
        foreach (var cells in LegacyCsv.Read(text, mapping))
        {
            if (wanted.Contains(cells.Row))
            {
                scratch.Clear();
                yield return parser.Parse(cells, scratch) ?? throw new InvalidOperationException("A row valid in the first pass did not parse in the second; the file changed.");
            }
        }
    }

    private static string Code(long code) => code.ToString("D11", CultureInfo.InvariantCulture);

    private static void Unique(bool first, int row, string field, string problem, List<RowProblem> problems)
    {
        if (!first)
        {
            problems.Add(new RowProblem(row, field, problem));
        }
    }

    private static string? HouseholdProblem(List<int> members, List<RowKeys> valid, HashSet<int> imported)
    {
        if (valid.Count != members.Count)
        {
            return null;
        }

        var heads = valid.Count(r => r.IsHead);
        if (heads != 1)
        {
            return heads == 0 ? "NoHouseholdHead" : "TwoHouseholdHeads";
        }

        return members.Exists(imported.Contains) && !members.TrueForAll(imported.Contains) ? "HouseholdPartlyImported" : null;
    }
}
