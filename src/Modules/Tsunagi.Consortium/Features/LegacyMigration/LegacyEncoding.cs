namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>The character encoding of a legacy file. <see cref="Auto"/>: a UTF-8 BOM or valid UTF-8 means UTF-8, anything else Shift_JIS (CP932).</summary>
public enum LegacyEncoding
{
    Auto = 0,
    Utf8 = 1,
    ShiftJis = 2,
}
