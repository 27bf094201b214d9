namespace Tsunagi.Platform.Ui.Resources;

/// <summary>Marker for the strings of the shared UI building blocks (paging, page titles); generated from strings.tsv.</summary>
public sealed class UiResource;
