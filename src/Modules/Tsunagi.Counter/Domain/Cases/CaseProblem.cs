namespace Tsunagi.Counter.Domain.Cases;

/// <summary>One reason a change was refused: the field (API path) and the message naming it, in Japanese and English.</summary>
public sealed record CaseProblem(string Field, string MessageJa, string MessageEn);
