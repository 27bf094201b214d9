namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>One problem of a draft: the field's path and the message (「生年月日（1人目）：…」) in Japanese and English.</summary>
public sealed record DraftProblem(string Field, string MessageJa, string MessageEn);
