namespace Tsunagi.Residents.Resources;

/// <summary>Marker for the resident register's UI strings (generated from strings.tsv by tools/strings/generate-resx.py).</summary>
public sealed class ResidentsResource;
