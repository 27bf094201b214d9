namespace Tsunagi.Residents.Contracts.LegacyImport;

/// <summary>What a legacy import entered: households and people, and people skipped because their legacy id was already there.</summary>
public sealed record LegacyImportOutcome(int Households, int Residents, int AlreadyImported);
