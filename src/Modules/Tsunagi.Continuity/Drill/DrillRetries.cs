namespace Tsunagi.Continuity.Drill;

/// <summary>
/// After recovery every write of unknown outcome is sent again with the same idempotency key, as a client must:
/// <see cref="Succeeded"/> of <see cref="Retried"/> were acknowledged, and <see cref="NotExactlyOnce"/> lists the keys
/// the new primary then holds zero or several times (it must be empty).
/// </summary>
public sealed record DrillRetries(int Retried, int Succeeded, IReadOnlyList<string> NotExactlyOnce)
{
    public static readonly DrillRetries None = new(0, 0, []);

    public bool AllOnce => Succeeded == Retried && NotExactlyOnce.Count == 0;
}
