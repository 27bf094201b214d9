namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>The reason of a void request or of a rejection, as the API receives it.</summary>
public sealed record VoidReasonInput(string? Reason);
