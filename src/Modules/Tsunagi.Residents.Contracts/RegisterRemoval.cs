namespace Tsunagi.Residents.Contracts;

/// <summary>Why and when a person left the register (除票): 「転出」「死亡」「職権消除」, with the 転出先 for a 転出.</summary>
public sealed record RegisterRemoval(string Reason, DateOnly EffectiveOn, DateOnly NotifiedOn, string? Destination);
