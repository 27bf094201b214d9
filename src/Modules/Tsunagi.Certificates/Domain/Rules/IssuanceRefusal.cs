namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>Why a request cannot be served: the field it concerns (API name, e.g. <c>requester.reason</c>) and a resource key of the Japanese explanation.</summary>
public sealed record IssuanceRefusal(string Field, string MessageKey);
