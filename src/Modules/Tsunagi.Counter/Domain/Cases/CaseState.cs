namespace Tsunagi.Counter.Domain.Cases;

/// <summary>Where a visit stands; the allowed moves are in <see cref="CaseTransitions"/>.</summary>
public enum CaseState
{
    /// <summary>受付済: waiting to be called.</summary>
    Received,

    /// <summary>呼出中: the number is on the lobby display.</summary>
    Called,

    /// <summary>対応中: at the counter; the departments work the steps.</summary>
    InService,

    /// <summary>会計待ち: every step done, the fees are to be paid once.</summary>
    AwaitingPayment,

    /// <summary>完了</summary>
    Closed,

    /// <summary>取消</summary>
    Cancelled,
}
