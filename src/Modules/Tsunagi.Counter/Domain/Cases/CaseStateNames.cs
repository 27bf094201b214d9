namespace Tsunagi.Counter.Domain.Cases;

/// <summary>The Japanese and English names of the states, for messages, pages and the API.</summary>
public static class CaseStateNames
{
    public static string Ja(CaseState state) => state switch
    {
        CaseState.Received => "受付済",
        CaseState.Called => "呼出中",
        CaseState.InService => "対応中",
        CaseState.AwaitingPayment => "会計待ち",
        CaseState.Closed => "完了",
        _ => "取消",
    };

    public static string En(CaseState state) => state switch
    {
        CaseState.Received => "received",
        CaseState.Called => "called",
        CaseState.InService => "in service",
        CaseState.AwaitingPayment => "awaiting payment",
        CaseState.Closed => "closed",
        _ => "cancelled",
    };

    public static string Ja(StepState state) => state switch
    {
        StepState.NotStarted => "未着手",
        StepState.Accepted => "受付済",
        StepState.InProgress => "処理中",
        StepState.Completed => "完了",
        StepState.NotNeeded => "不要",
        _ => "差戻し",
    };

    public static string En(StepState state) => state switch
    {
        StepState.NotStarted => "not started",
        StepState.Accepted => "accepted",
        StepState.InProgress => "in progress",
        StepState.Completed => "completed",
        StepState.NotNeeded => "not needed",
        _ => "returned",
    };
}
