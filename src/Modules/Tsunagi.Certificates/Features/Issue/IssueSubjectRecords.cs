using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The persons a certificate prints, in print order, and the 転出届 of a 転出証明書.</summary>
public sealed record IssueSubjectRecords(IReadOnlyList<RegisterPerson> Persons, RegisterMoveOut? MoveOut);
