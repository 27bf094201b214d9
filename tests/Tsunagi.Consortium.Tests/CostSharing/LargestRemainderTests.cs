using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Tests.CostSharing;

public sealed class LargestRemainderTests
{
    [Fact]
    public void Parts_always_sum_exactly_to_the_amount_and_each_is_within_one_yen_of_its_exact_quota()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), ArbMap.Default.ArbFor<int[]>(), (seed, raw) =>
        {
            var amount = Math.Abs(seed % 10_000_000_000);
            var keys = raw.Take(20).Select((k, i) => ($"{i:D6}", (long)Math.Abs(k % 1_000_000))).ToList();
            var parts = LargestRemainder.Split(amount, keys);
            var sum = keys.Sum(k => k.Item2);
            return parts.Sum() == (keys.Count == 0 ? 0 : amount)
                && parts.All(p => p >= 0)
                && (sum == 0 || keys.Select((k, i) => Math.Abs(parts[i] - (decimal)amount * k.Item2 / sum) < 1m).All(x => x));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_leftover_yen_between_equal_remainders_goes_to_the_smaller_municipality_code()
    {
        var parts = LargestRemainder.Split(100, [("035033", 1), ("034614", 1), ("034851", 1)]);

        Assert.Equal([33, 34, 33], parts);
    }

    [Fact]
    public void Larger_remainders_take_the_leftover_yen_before_the_code_order_is_consulted()
    {
        var parts = LargestRemainder.Split(10, [("000001", 1), ("000002", 2)]);

        Assert.Equal([3, 7], parts);
    }

    [Fact]
    public void When_every_key_is_zero_the_amount_is_split_equally()
    {
        Assert.Equal([50, 50], LargestRemainder.Split(100, [("000001", 0), ("000002", 0)]));
    }
}
