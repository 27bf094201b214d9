namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>A person the certificate is about, as the register holds them (shown read-only; personal data).</summary>
public sealed record CaseSubjectPerson(string Relationship, string Name, string NameKana, DateOnly DateOfBirth);
