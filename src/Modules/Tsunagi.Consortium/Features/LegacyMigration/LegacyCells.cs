namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>One data record of a legacy file: its record number (the header is 1), whether some bytes were broken, and its text per field.</summary>
public sealed record LegacyCells(int Row, bool Broken, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string field] => Values.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
