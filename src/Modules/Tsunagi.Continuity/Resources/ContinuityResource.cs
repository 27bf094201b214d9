namespace Tsunagi.Continuity.Resources;

/// <summary>Marker for the continuity module's UI strings (generated from strings.tsv by tools/strings/generate-resx.py).</summary>
public sealed class ContinuityResource;
