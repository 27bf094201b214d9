namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// Why an issuance request cannot be served: the request's field path (<c>copies</c>, <c>requester.name</c>) and a resource
/// key whose text names the field in Japanese (「交付部数：…」), with an optional argument for its <c>{0}</c>.
/// </summary>
public sealed record IssueProblem(string Field, string MessageKey, string? Argument = null);
