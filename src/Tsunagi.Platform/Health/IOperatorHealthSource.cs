namespace Tsunagi.Platform.Health;

/// <summary>
/// What the operator dashboard shows about continuity (standby, backup, verification), supplied by the continuity
/// module so the consortium module needs no reference to it. Not registered: the dashboard shows 不明 (unknown).
/// </summary>
public interface IOperatorHealthSource
{
    Task<OperatorHealth> ReadAsync(CancellationToken cancellationToken = default);
}
