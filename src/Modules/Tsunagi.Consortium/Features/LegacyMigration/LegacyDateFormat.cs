namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>How the legacy file writes dates: 和暦 (S45.3.12, 昭和45年3月12日), 西暦 (1970-03-12, 1970/3/12, 19700312) or either.</summary>
public enum LegacyDateFormat
{
    Auto = 0,
    Wareki = 1,
    Seireki = 2,
}
