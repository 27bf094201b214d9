namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// A procedure this visit must cover, from the catalogue: who owns it (<see cref="Department"/>), why it was suggested
/// (<see cref="ReasonJa"/>, naming the person's fact that triggered it), what to bring, its fee in yen, whether the counter
/// completes it itself and its service-level target.
/// </summary>
public sealed record SuggestedProcedure(
    string ProcedureCode,
    string NameJa,
    string Department,
    string ReasonJa,
    IReadOnlyList<string> DocumentsToBring,
    long Fee,
    bool CompletedAtCounter,
    TimeSpan ServiceLevel);
