using System.Globalization;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging;

/// <summary>
/// The accumulator's prefetching loop for many customers (decision 210) against a plain LINQ recount, at the threshold
/// that chooses it and on both sides, and through the engine at the engine's own threshold.
/// </summary>
public class AgingAccumulatorPrefetchTests
{
    private static readonly DateOnly AsOf = Arbitraries.AgingAsOf;

    private static bool CanPrefetch => Sse.IsSupported && Vector128.IsHardwareAccelerated;

    [Fact]
    public void Add_MinorUnitsEitherSideOfThePrefetchThreshold_EveryCellEqualsALinqRecount()
    {
        Properties.Check(Arbitraries.PrefetchColumnsGen.ToArbitrary(), c =>
        {
            var buckets = c.Scheme.BucketCount;
            var accumulator = new AgingAccumulator(c.Customers, buckets, Currency.EUR, c.MinCells);
            Assert.Equal(CanPrefetch && c.Customers * buckets >= c.MinCells, accumulator.Prefetches);

            // The first bad position decides: a negative amount, else a customer index outside the table; the message is
            // the one the loop without look-ahead gives.
            var badAt = Enumerable.Range(0, c.Index.Length).FirstOrDefault(i => c.Cents[i] < 0 || c.Index[i] < 0 || c.Index[i] >= c.Customers, -1);
            if (badAt >= 0)
            {
                var error = Assert.Throws<ArgumentOutOfRangeException>(() => accumulator.Add(c.Scheme, AsOf.DayNumber, c.Index, c.Days, c.Cents, 0));
                var expected = c.Cents[badAt] < 0
                    ? string.Create(CultureInfo.InvariantCulture, $"minorAmounts[{badAt}] = {c.Cents[badAt]} is negative")
                    : string.Create(CultureInfo.InvariantCulture, $"customerIndex[{badAt}] = {c.Index[badAt]} is outside");
                Assert.Contains(expected, error.Message, StringComparison.Ordinal);
                var direct = new AgingAccumulator(c.Customers, buckets, Currency.EUR, int.MaxValue);
                Assert.Equal(error.Message, Assert.Throws<ArgumentOutOfRangeException>(() => direct.Add(c.Scheme, AsOf.DayNumber, c.Index, c.Days, c.Cents, 0)).Message);
                return;
            }

            accumulator.Add(c.Scheme, AsOf.DayNumber, c.Index, c.Days, c.Cents, 0);

            var cells = Enumerable.Range(0, c.Index.Length)
                .GroupBy(i => (Customer: c.Index[i], Bucket: Enumerable.Range(0, buckets).Single(b => c.Scheme.Buckets[b].Contains(AsOf.DayNumber - c.Days[i]))))
                .ToDictionary(g => g.Key, g => (Amount: g.Sum(i => (decimal)c.Cents[i]) / 100m, Count: g.Count()));
            for (var customer = 0; customer < c.Customers; customer++)
            {
                for (var b = 0; b < buckets; b++)
                {
                    var (amount, count) = cells.TryGetValue((customer, b), out var cell) ? cell : (0m, 0);
                    Assert.Equal(amount, accumulator.Amount(customer, b));
                    Assert.Equal(count, accumulator.Count(customer, b));
                }

                var mine = Enumerable.Range(0, c.Index.Length).Where(i => c.Index[i] == customer).Select(i => c.Days[i]).ToArray();
                Assert.Equal(mine.Length == 0 ? int.MaxValue : mine.Min(), accumulator.OldestDay(customer));
            }
        });
    }

    [Theory]
    [InlineData(10_000)] // 60,000 cells: the loop measured before decision 210
    [InlineData(10_922)] // 65,532 cells: just below the threshold
    [InlineData(10_923)] // 65,538 cells: just above it
    [InlineData(30_000)]
    public void Age_ManyCustomersInRandomOrderAtTheEngineThreshold_LinesEqualALinqRecount(int customers)
    {
        var scheme = AgingScheme.ErpNextDefault;
        Assert.Equal(CanPrefetch && customers * scheme.BucketCount >= AgingAccumulator.DefaultPrefetchMinCells, new AgingAccumulator(customers, scheme.BucketCount, Currency.EUR).Prefetches);
        Assert.Equal(customers > 10_922 && CanPrefetch, new AgingAccumulator(customers, scheme.BucketCount, Currency.EUR).Prefetches);
        var random = new Random(customers);
        const int items = 40_000;
        var keys = Enumerable.Range(0, customers).Select(k => string.Create(CultureInfo.InvariantCulture, $"C-{k:D6}")).ToArray();
        var index = new int[items];
        var days = new int[items];
        var cents = new long[items];
        for (var i = 0; i < items; i++)
        {
            index[i] = random.Next(customers);
            days[i] = AsOf.DayNumber - random.Next(-60, 400);
            cents[i] = random.Next(0, 10_000_000);
        }

        var section = AgingEngine.Create(scheme).Age(AsOf, Currency.EUR, keys, index, days, cents).Section(Currency.EUR);

        var expected = Enumerable.Range(0, items)
            .GroupBy(i => index[i])
            .OrderBy(g => keys[g.Key], StringComparer.Ordinal)
            .Select(g => (Key: keys[g.Key],
                Amounts: Enumerable.Range(0, scheme.BucketCount).Select(b => g.Where(i => scheme.Buckets[b].Contains(AsOf.DayNumber - days[i])).Sum(i => (decimal)cents[i]) / 100m).ToArray(),
                Oldest: g.Min(i => days[i])))
            .ToArray();
        Assert.Equal(expected.Length, section.Lines.Length);
        for (var j = 0; j < expected.Length; j++)
        {
            var line = section.Lines[j];
            Assert.Equal(expected[j].Key, line.Key);
            Assert.Equal(expected[j].Amounts, line.Amounts.Select(a => a.Amount).ToArray());
            Assert.Equal(expected[j].Oldest, line.OldestBasisDate.DayNumber);
        }

        Assert.Equal(cents.Sum(v => (decimal)v) / 100m, section.GrandTotal.Amount);
        Assert.Equal(items, section.ItemCount);
    }
}
