namespace Tsunagi.Residents.Contracts;

/// <summary>The latest change in force on the day: 異動事由 in Japanese as printed (e.g. 「転入」), 異動日 and 届出日.</summary>
public sealed record RegisterLastChange(string Reason, DateOnly EffectiveOn, DateOnly NotifiedOn);
