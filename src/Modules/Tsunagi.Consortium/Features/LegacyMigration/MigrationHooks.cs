namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>Test seams: called after each staged chunk (with the checkpoint) and inside the final transaction before it commits; <c>RowByRow</c> uses the row-by-row import (as on SQLite) on PostgreSQL too, to compare the two.</summary>
internal sealed record MigrationHooks(Func<int, Task>? AfterStagedChunk = null, Func<Task>? BeforeCommit = null, bool RowByRow = false);
