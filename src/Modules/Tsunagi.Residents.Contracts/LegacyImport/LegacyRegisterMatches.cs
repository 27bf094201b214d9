namespace Tsunagi.Residents.Contracts.LegacyImport;

/// <summary>Legacy ids already imported and 住民票コード already on the register, among those asked about.</summary>
public sealed record LegacyRegisterMatches(IReadOnlySet<string> ImportedLegacyIds, IReadOnlySet<string> ResidentRecordCodes);
