namespace Tsunagi.Web.Resources;

/// <summary>Marker for the UI strings: SharedResource.resx (Japanese, the neutral language) and SharedResource.en.resx (English, kept complete).</summary>
public sealed class SharedResource;
