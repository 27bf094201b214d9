namespace Tsunagi.Portal.Resources;

/// <summary>Marker for the portal's UI strings (generated from strings.tsv by tools/strings/generate-resx.py).</summary>
public sealed class PortalResource;
