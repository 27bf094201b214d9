namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>Test seams: called after each staged chunk (with the checkpoint) and inside the final transaction before it commits.</summary>
internal sealed record MigrationHooks(Func<int, Task>? AfterStagedChunk = null, Func<Task>? BeforeCommit = null);
