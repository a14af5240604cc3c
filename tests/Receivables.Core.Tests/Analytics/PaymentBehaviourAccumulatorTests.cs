using FsCheck.Fluent;
using Receivables.Analytics;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Analytics;

public class PaymentBehaviourAccumulatorTests
{
    private static readonly CustomerId Acme = new("C-1");

    [Fact]
    public void ToBehaviours_TwoGroups_AreAmountWeightedByHand()
    {
        var accumulator = new PaymentBehaviourAccumulator();
        // 华东: 3,000 paid 40 days after a 30-day term (10 late) and 1,000 paid on day 20 of 30 (10 early).
        accumulator.Add("华东", Record("INV-1", 3_000m, new(2026, 1, 1), new(2026, 1, 31), new(2026, 2, 10)));
        accumulator.Add("华东", Record("INV-2", 1_000m, new(2026, 1, 1), new(2026, 1, 31), new(2026, 1, 21)));
        accumulator.Add("华北", Record("INV-3", 500m, new(2026, 3, 1), new(2026, 3, 1), new(2026, 3, 1)));

        var lines = accumulator.ToBehaviours();

        Assert.Equal(["华东", "华北"], lines.Select(l => l.Key).Order(StringComparer.Ordinal));
        var east = lines.Single(l => l.Key == "华东");
        Assert.Equal(2, east.Behaviour.RecordCount);
        Assert.Equal(Money.Of(4_000m, "CNY"), east.Behaviour.PaidAmount);
        Assert.Equal(35m, east.Behaviour.AverageDaysToPay);        // (3,000 × 40 + 1,000 × 20) / 4,000
        Assert.Equal(5m, east.Behaviour.AverageDaysBeyondTerms);   // (3,000 × 10 − 1,000 × 10) / 4,000
        Assert.Equal(0.75m, east.Behaviour.LateShare);             // 3,000 of 4,000
        Assert.Equal((1, 0.5m), (east.LateCount, east.LateCountShare));
        var north = lines.Single(l => l.Key == "华北");
        Assert.Equal((0m, 0m, 0m), (north.Behaviour.AverageDaysToPay, north.Behaviour.AverageDaysBeyondTerms, north.Behaviour.LateShare));
        Assert.Equal(80d, north.PaymentIndex, 9);                  // on the due date: 80 on the PAYDEX curve
        Assert.Equal(3, accumulator.RecordCount);
    }

    [Fact]
    public void ToBehaviours_TwoCurrencies_KeepsThemApart()
    {
        var accumulator = new PaymentBehaviourAccumulator();
        accumulator.Add("A", Record("INV-1", 100m, new(2026, 1, 1), new(2026, 1, 31), new(2026, 2, 10)));
        accumulator.Add("A", new PaymentRecord(Acme, new("INV-2"), new("PAY-2"), Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31), new(2026, 1, 31)));

        var lines = accumulator.ToBehaviours();

        Assert.Equal(["CNY", "EUR"], lines.Select(l => l.Currency.Code));
        Assert.Equal([10m, 0m], lines.Select(l => l.Behaviour.AverageDaysBeyondTerms));
    }

    [Fact]
    public void Add_ZeroAmountOrBlankKey_Throws()
    {
        var accumulator = new PaymentBehaviourAccumulator();

        Assert.Throws<ArgumentException>("record", () => accumulator.Add("A", Record("INV-1", 0m, new(2026, 1, 1), new(2026, 1, 1), new(2026, 1, 1))));
        Assert.Throws<ArgumentException>("key", () => accumulator.Add(" ", Record("INV-1", 1m, new(2026, 1, 1), new(2026, 1, 1), new(2026, 1, 1))));
        Assert.Equal(0, accumulator.RecordCount);
    }

    [Fact]
    public void Merge_IntoItself_CountsEveryRecordTwice()
    {
        var accumulator = new PaymentBehaviourAccumulator();
        accumulator.Add("A", Record("INV-1", 100m, new(2026, 1, 1), new(2026, 1, 31), new(2026, 2, 10)));

        accumulator.Merge(accumulator);

        Assert.Equal(2, accumulator.RecordCount);
        Assert.Equal(Money.Of(200m, "CNY"), accumulator.ToBehaviours().Single().Behaviour.PaidAmount);
    }

    [Fact]
    public void Merge_AnySplitInAnyOrder_EqualsTheWhole()
    {
        var cases = from records in Arbitraries.KeyedPaymentRecordsGen
                    from cut1 in Gen.Choose(0, records.Length)
                    from cut2 in Gen.Choose(cut1, records.Length)
                    from order in Gen.Elements(new[] { 0, 1, 2 }, [2, 1, 0], [1, 0, 2], [2, 0, 1])
                    select (records, cut1, cut2, order);
        Properties.Check(cases.ToArbitrary(), c =>
        {
            var whole = Accumulate(c.records);
            ArraySegment<(string, PaymentRecord)>[] parts = [c.records[..c.cut1], c.records[c.cut1..c.cut2], c.records[c.cut2..]];

            var merged = new PaymentBehaviourAccumulator();
            foreach (var index in c.order)
            {
                merged.Merge(Accumulate(parts[index]));
            }

            Assert.Equal(whole.ToBehaviours(), merged.ToBehaviours());
            Assert.Equal(c.records.Length, merged.RecordCount);
        });
    }

    [Fact]
    public void ToBehaviours_AnyRecords_EqualAPlainRecount()
    {
        Properties.Check(Arbitraries.KeyedPaymentRecordsGen.ToArbitrary(), records =>
        {
            var lines = Accumulate(Enumerable.Reverse(records)).ToBehaviours();

            // The oracle: group, sum and divide with LINQ, straight from the definitions.
            var expected = records
                .GroupBy(r => (r.Key, r.Record.Amount.Currency.Code))
                .OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
                .Select(g =>
                {
                    var total = g.Sum(r => r.Record.Amount.Amount);
                    var late = g.Where(r => r.Record.PaidOn > r.Record.DueDate).ToList();
                    return (g.Key.Key, g.Key.Code, g.Count(), total,
                        g.Sum(r => r.Record.Amount.Amount * (r.Record.PaidOn.DayNumber - r.Record.DocumentDate.DayNumber)) / total,
                        g.Sum(r => r.Record.Amount.Amount * (r.Record.PaidOn.DayNumber - r.Record.DueDate.DayNumber)) / total,
                        late.Sum(r => r.Record.Amount.Amount) / total,
                        late.Count);
                });
            Assert.Equal(expected, lines.Select(l => (l.Key, l.Currency.Code, l.Behaviour.RecordCount, l.Behaviour.PaidAmount.Amount, l.Behaviour.AverageDaysToPay, l.Behaviour.AverageDaysBeyondTerms, l.Behaviour.LateShare, l.LateCount)));
        });
    }

    [Fact]
    public void ToBehaviours_AnyRecords_MeansLieWithinTheInputsAndSharesWithinZeroAndOne()
    {
        Properties.Check(Arbitraries.KeyedPaymentRecordsGen.ToArbitrary(), records =>
        {
            foreach (var line in Accumulate(records).ToBehaviours())
            {
                var group = records.Where(r => r.Key == line.Key && r.Record.Amount.Currency == line.Currency).Select(r => r.Record).ToList();

                Assert.InRange(line.Behaviour.AverageDaysToPay, group.Min(r => r.DaysToPay), group.Max(r => r.DaysToPay));
                Assert.InRange(line.Behaviour.AverageDaysBeyondTerms, group.Min(r => r.DaysBeyondTerms), group.Max(r => r.DaysBeyondTerms));
                Assert.InRange(line.Behaviour.LateShare, 0m, 1m);
                Assert.InRange(line.LateCountShare, 0m, 1m);
                Assert.InRange(line.PaymentIndex, 0d, 100d);
            }
        });
    }

    [Fact]
    public void ToBehaviours_OneGroup_ReadsAsTheLedgerModulesBehaviour()
    {
        Properties.Check(Arbitraries.KeyedPaymentRecordsGen.ToArbitrary(), records =>
        {
            var plain = records.Select(r => r.Record).ToList();

            var grouped = Accumulate(plain.Select(r => ("all", r))).ToBehaviours();

            Assert.Equal(PaymentBehaviour.Compute(plain), grouped.Select(g => g.Behaviour));
        });
    }

    private static PaymentBehaviourAccumulator Accumulate(IEnumerable<(string Key, PaymentRecord Record)> records)
    {
        var accumulator = new PaymentBehaviourAccumulator();
        foreach (var (key, record) in records)
        {
            accumulator.Add(key, record);
        }

        return accumulator;
    }

    private static PaymentRecord Record(string item, decimal amount, DateOnly documentDate, DateOnly dueDate, DateOnly paidOn)
        => new(Acme, new(item), new("PAY-" + item), Money.Of(amount, "CNY"), documentDate, dueDate, paidOn);
}
