namespace Tsunagi.Consortium.Resources;

/// <summary>Marker for the consortium module's UI strings (generated from strings.tsv by tools/strings/generate-resx.py).</summary>
public sealed class ConsortiumResource;
