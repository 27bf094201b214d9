using Sylvan.Data.Csv;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>Reads a legacy CSV (header row, columns named by the mapping) into <see cref="LegacyCells"/> with Sylvan.Data.Csv.</summary>
public static class LegacyCsv
{
    public static IEnumerable<LegacyCells> Read(LegacyText text, MigrationMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        var numbers = new Queue<(int Number, bool Broken)>();
        using var reader = new RecordReader(text.Records().GetEnumerator(), (n, broken) => numbers.Enqueue((n, broken)));
        using var csv = Guard(() => CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' }));
        if (numbers.Count == 0)
        {
            throw new MappingException("移行ファイル：見出し行がありません。");
        }

        numbers.Dequeue();
        var ordinals = new List<(string Field, int Ordinal)>();
        var missing = new List<string>();
        foreach (var (column, field) in mapping.Columns)
        {
            var ordinal = Ordinal(csv, column);
            if (ordinal < 0)
            {
                missing.Add(column);
            }
            else
            {
                ordinals.Add((field, ordinal));
            }
        }

        if (missing.Count > 0)
        {
            throw new MappingException($"移行ファイル：対応表の列 {string.Join("、", missing)} が見出し行にありません。");
        }

        while (Guard(csv.Read))
        {
            var (number, broken) = numbers.Dequeue();
            var values = new Dictionary<string, string>(ordinals.Count, StringComparer.Ordinal);
            foreach (var (field, ordinal) in ordinals)
            {
                values[field] = ordinal < csv.RowFieldCount ? csv.GetString(ordinal) : string.Empty;
            }

            yield return new LegacyCells(number, broken, values);
        }
    }

    /// <summary>A "row" longer than the reader's buffer is not CSV (a binary file, a wrong delimiter): a file problem, not a crash.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CsvRecordTooLargeException ex)
        {
            throw new MappingException("移行ファイル：1行が長すぎます。CSV形式（カンマ区切り・改行で行を区切る）のファイルか確認してください。", ex);
        }
    }

    private static int Ordinal(CsvDataReader csv, string column)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (string.Equals(csv.GetName(i).Trim(), column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
