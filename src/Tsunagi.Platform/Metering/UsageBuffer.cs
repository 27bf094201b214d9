namespace Tsunagi.Platform.Metering;

/// <summary>
/// Increments waiting to be written, per tenant, Tokyo day and metric. A plain lock around a small dictionary:
/// held for one addition or one swap, so recording costs well under a microsecond and no increment is lost
/// between a flush taking the figures and a request adding to them.
/// </summary>
public sealed class UsageBuffer
{
    private readonly Lock _gate = new();
    private Dictionary<UsageKey, long> _pending = [];

    public void Add(UsageKey key, long amount)
    {
        lock (_gate)
        {
            if (key.Metric.IsGauge())
            {
                _pending[key] = amount;
            }
            else
            {
                _pending[key] = _pending.GetValueOrDefault(key) + amount;
            }
        }
    }

    /// <summary>Everything buffered so far; the buffer starts empty again.</summary>
    public IReadOnlyDictionary<UsageKey, long> Take()
    {
        lock (_gate)
        {
            var taken = _pending;
            _pending = [];
            return taken;
        }
    }

    /// <summary>Puts back figures a flush could not write, under anything recorded since (a newer gauge reading wins).</summary>
    public void Return(IEnumerable<KeyValuePair<UsageKey, long>> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        lock (_gate)
        {
            foreach (var (key, value) in figures)
            {
                if (!key.Metric.IsGauge())
                {
                    _pending[key] = _pending.GetValueOrDefault(key) + value;
                }
                else if (!_pending.ContainsKey(key))
                {
                    _pending[key] = value;
                }
            }
        }
    }
}
