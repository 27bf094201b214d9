namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>Why the certificates module refused: the field and the message in Japanese (naming the field) and English. No personal data.</summary>
public sealed record CaseCertificateProblem(string Field, string MessageJa, string MessageEn);
