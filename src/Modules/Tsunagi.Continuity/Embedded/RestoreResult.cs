namespace Tsunagi.Continuity.Embedded;

/// <summary>What a restore did: the copy it put in place and where the database it replaced was kept (null when there was none).</summary>
public sealed record RestoreResult(BackupManifest Restored, string DatabaseFile, string? ReplacedKeptAt);
