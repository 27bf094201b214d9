namespace Tsunagi.Platform.Documents;

/// <summary>What rendering produced: the page count and the characters no installed font has (printed as a box).</summary>
public sealed record RenderedDocument(int PageCount, IReadOnlyList<string> UnprintableCharacters);
