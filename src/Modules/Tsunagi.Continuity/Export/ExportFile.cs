namespace Tsunagi.Continuity.Export;

/// <summary>One JSON Lines file of an export: which table it holds, how many rows, and its SHA-256.</summary>
public sealed record ExportFile(string File, string Context, string Table, string Scope, long Rows, string Sha256);
