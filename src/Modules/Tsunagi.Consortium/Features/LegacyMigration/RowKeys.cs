namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>What the checks across rows keep of a valid row, instead of the whole row: its number, legacy id, 住民票コード as a number, whether it is the 世帯主.</summary>
internal readonly record struct RowKeys(int Row, string LegacyId, long? ResidentRecordCode, bool IsHead);
