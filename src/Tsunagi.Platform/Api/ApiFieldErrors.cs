namespace Tsunagi.Platform.Api;

/// <summary>Per-field messages of a problem response (<c>errors</c> in Japanese, <c>errors_en</c> in English), keyed by the request's field path.</summary>
public sealed record ApiFieldErrors(IReadOnlyDictionary<string, string[]> Japanese, IReadOnlyDictionary<string, string[]> English);
