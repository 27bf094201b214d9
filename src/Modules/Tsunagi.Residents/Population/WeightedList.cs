namespace Tsunagi.Residents.Population;

/// <summary>Items drawn in proportion to their weights with a caller's (seeded) <see cref="Random"/>.</summary>
internal sealed class WeightedList<T>
{
    private readonly List<T> _items = [];
    private readonly List<long> _cumulative = [];

    public int Count => _items.Count;

    public void Add(T item, int weight)
    {
        _items.Add(item);
        _cumulative.Add((_cumulative.Count == 0 ? 0 : _cumulative[^1]) + Math.Max(1, weight));
    }

    public T Draw(Random random)
    {
        var ticket = random.NextInt64(_cumulative[^1]);
        var index = _cumulative.BinarySearch(ticket + 1);
        return _items[index >= 0 ? index : ~index];
    }
}
