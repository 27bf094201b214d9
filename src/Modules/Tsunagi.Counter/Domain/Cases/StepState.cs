namespace Tsunagi.Counter.Domain.Cases;

/// <summary>Where one procedure of a case stands; the allowed moves are in <see cref="StepTransitions"/>.</summary>
public enum StepState
{
    /// <summary>未着手</summary>
    NotStarted,

    /// <summary>受付済: the department has taken it.</summary>
    Accepted,

    /// <summary>処理中</summary>
    InProgress,

    /// <summary>完了</summary>
    Completed,

    /// <summary>不要 (with a reason).</summary>
    NotNeeded,

    /// <summary>差戻し (with a reason): sent back to the counter, e.g. a document is missing.</summary>
    Returned,
}
