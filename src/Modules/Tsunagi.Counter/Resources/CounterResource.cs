namespace Tsunagi.Counter.Resources;

/// <summary>Marker for the counter module's UI strings (generated from strings.tsv by tools/strings/generate-resx.py).</summary>
public sealed class CounterResource;
