namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>Where a run stands: phase (<see cref="MigrationPhase"/>), rows done and rows in that phase.</summary>
public sealed record MigrationProgress(MigrationPhase Phase, int Done, int Total);
