using System.Globalization;
using System.Text;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// The outcome of one drill: the verdict, the new primary's state (audit chains, anomalies), the retries of unknown
/// writes, RPO (acknowledged writes lost) and RTO (kill → first acknowledged write sent after the kill).
/// </summary>
public sealed record DrillReport(
    bool AsynchronousControl,
    DrillVerdict Verdict,
    DrillInspection Inspection,
    DrillRetries Retries,
    TimeSpan? RecoveryTime,
    bool ServingAgain)
{
    public int RecoveryPointLoss => Verdict.AcknowledgedButMissing.Count;

    public bool Passed => Verdict.LostNothing && Inspection.Consistent && Retries.AllOnce && ServingAgain;

    public string Describe()
    {
        var text = new StringBuilder();
        var mode = AsynchronousControl ? "非同期レプリケーション（対照実験） / asynchronous replication (negative control)" : "同期レプリケーション / synchronous replication";
        text.AppendLine(CultureInfo.InvariantCulture, $"訓練 / drill: {mode}（転入届 / move-in notifications through MoveInHandler）");
        text.AppendLine(CultureInfo.InvariantCulture, $"  試行 / attempted:                      {Verdict.Attempted}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  確定応答 / acknowledged:               {Verdict.Acknowledged}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  失敗応答 / reported failed:            {Verdict.Failed}（停止中は書き込み不可 / refused while no primary）");
        text.AppendLine(CultureInfo.InvariantCulture, $"  応答済みで消失 / acknowledged-but-missing: {Verdict.AcknowledgedButMissing.Count}{Sample(Verdict.AcknowledgedButMissing)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  未試行で存在 / present-but-never-attempted: {Verdict.PresentButNeverAttempted.Count}{Sample(Verdict.PresentButNeverAttempted)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  失敗応答で存在 / failed-but-present:    {Verdict.FailedButPresent.Count}{Sample(Verdict.FailedButPresent)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  結果不明 / outcome unknown:            {Verdict.Unknown.Count} (存在 / present: {Verdict.UnknownButPresent.Count}){Sample(Verdict.Unknown)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  同じキーで再送 / retried with the same key: {Retries.Succeeded}/{Retries.Retried} 成功, 1 件でないもの / not exactly once: {Retries.NotExactlyOnce.Count}{Sample(Retries.NotExactlyOnce)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  不整合 / anomalies:                    {Inspection.Anomalies.Count}{Sample(Inspection.Anomalies)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  監査ログ / audit chains: {Inspection.AuditChainsVerified} 団体 {Inspection.AuditEventsVerified} 件検証, 破損 / broken: {Inspection.BrokenAuditChains.Count}{Sample(Inspection.BrokenAuditChains)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  RPO（失われた確定書き込み / lost acknowledged writes）: {RecoveryPointLoss}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  RTO（停止から最初の書き込み成功まで / kill → first acknowledged write）: {(RecoveryTime is { } rto ? rto.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "— 再開せず / not serving")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  業務再開 / serving again: {(ServingAgain ? "はい / yes" : "いいえ / NO")}");
        text.Append(Passed
            ? "結果 / result: 損失なし / no loss"
            : "結果 / result: 損失を検出 / LOSS DETECTED");
        return text.ToString();
    }

    private static string Sample(IReadOnlyList<string> keys) =>
        keys.Count == 0 ? string.Empty : " [" + string.Join(", ", keys.Take(10)) + (keys.Count > 10 ? ", …" : string.Empty) + "]";
}
