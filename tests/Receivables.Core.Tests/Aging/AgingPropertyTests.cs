using FsCheck.Fluent;
using Receivables.Tests.Support;
using Receivables.Aging;

namespace Receivables.Tests.Aging;

public class AgingPropertyTests
{
    private static readonly DateOnly AsOf = Arbitraries.AgingAsOf;

    [Fact]
    public void Age_AnyItems_GrandTotalEqualsInputSumPerCurrency()
    {
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var report = AgingEngine.Create(c.Scheme).Age(AsOf, c.Items);

            foreach (var group in c.Items.GroupBy(i => i.Open.Currency))
            {
                var section = report.Section(group.Key);
                Assert.Equal(group.Sum(i => i.Open.Amount), section.GrandTotal.Amount);
                Assert.Equal(section.GrandTotal.Amount, section.BucketTotals.Sum(t => t.Amount));
                Assert.Equal(group.Count(), section.ItemCount);
            }

            Assert.Equal(c.Items.Select(i => i.Open.Currency).Distinct().Count(), report.Sections.Length);
        });
    }

    [Fact]
    public void Age_AnyItems_EveryItemInExactlyTheBucketOfItsAge()
    {
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var report = AgingEngine.Create(c.Scheme).Age(AsOf, c.Items);

            foreach (var group in c.Items.GroupBy(i => (i.Open.Currency, i.Customer.Value)))
            {
                Assert.True(report.Section(group.Key.Currency).TryGetLine(group.Key.Value, out var line));
                for (var b = 0; b < c.Scheme.BucketCount; b++)
                {
                    var bucket = c.Scheme.Buckets[b];
                    var expected = group.Where(i => bucket.Contains(AsOf.DayNumber - c.Scheme.BasisDate(i.DueDate, i.DocumentDate).DayNumber)).ToList();
                    Assert.Equal(expected.Count, line.Counts[b]);
                    Assert.Equal(expected.Sum(i => i.Open.Amount), line.Amounts[b].Amount);
                }

                Assert.Equal(group.Count(), line.Counts.Sum());
            }
        });
    }

    [Fact]
    public void Merge_AgedPartitions_EqualsAgingTheWhole()
    {
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var engine = AgingEngine.Create(c.Scheme);
            var whole = engine.Age(AsOf, c.Items);

            var parts = Enumerable.Range(0, 4).Select(p => engine.Age(AsOf, c.Items.Where((_, i) => c.Parts[i] == p))).ToList();
            var merged = AgingReport.Merge(parts);

            Assert.Equal(AgingAssert.Canonical(whole), AgingAssert.Canonical(merged));
        });
    }

    [Fact]
    public void Merge_AnyThreeReports_IsAssociativeAndCommutative()
    {
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var engine = AgingEngine.Create(c.Scheme);
            var a = engine.Age(AsOf, c.Items.Where((_, i) => c.Parts[i] == 0));
            var b = engine.Age(AsOf, c.Items.Where((_, i) => c.Parts[i] == 1));
            var d = engine.Age(AsOf, c.Items.Where((_, i) => c.Parts[i] >= 2));

            var left = AgingReport.Merge(AgingReport.Merge(a, b), d);
            var right = AgingReport.Merge(a, AgingReport.Merge(b, d));
            var swapped = AgingReport.Merge(d, AgingReport.Merge(b, a));

            Assert.Equal(AgingAssert.Canonical(left), AgingAssert.Canonical(right));
            Assert.Equal(AgingAssert.Canonical(left), AgingAssert.Canonical(swapped));
            Assert.Equal(AgingAssert.Canonical(a), AgingAssert.Canonical(AgingReport.Merge(a, AgingReport.Empty(AsOf, c.Scheme))));
        });
    }

    [Fact]
    public void AgeInParallel_AnyItems_IdenticalToSingleThreaded()
    {
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var single = AgingEngine.Create(c.Scheme);
            var parallel = AgingEngine.Create(c.Scheme, new AgingOptions { DegreeOfParallelism = 3, ParallelThreshold = 2 });
            var eur = c.Items.Where(i => i.Open.Currency == Currency.EUR).ToArray();
            var keys = eur.Select(i => i.Customer.Value).Distinct().ToArray();
            var index = eur.Select(i => Array.IndexOf(keys, i.Customer.Value)).ToArray();
            var days = eur.Select(i => c.Scheme.BasisDate(i.DueDate, i.DocumentDate).DayNumber).ToArray();
            // Some amounts with more decimals than the currency has: the decimal columns keep them exactly.
            var amounts = eur.Select(i => i.Open.Amount + (i.Id.Value.EndsWith('7') ? 0.00001m : 0m)).ToArray();

            var expected = single.Age(AsOf, Currency.EUR, keys, index, days, amounts);
            var actual = parallel.AgeInParallel(AsOf, Currency.EUR, keys, index, days, amounts);

            Assert.Equal(AgingAssert.Canonical(expected), AgingAssert.Canonical(actual));
            Assert.Equal(amounts.Sum(), expected.Sections.IsEmpty ? 0m : expected.Section(Currency.EUR).GrandTotal.Amount);
            Assert.Equal(AgingAssert.Canonical(single.Age(AsOf, c.Items)), AgingAssert.Canonical(parallel.Age(AsOf, c.Items)));
        });
    }

    [Fact]
    public void Age_MinorUnitColumns_EveryCellEqualsAPlainRecount()
    {
        // The minor-unit columns take the vectorised hot loop (four items per step) and its scalar tail; any length,
        // any day from the first to the last DateOnly, amounts up to long.MaxValue (forcing the checked redo), a negative
        // amount or a bad customer index anywhere must give exactly what counting item by item gives.
        Properties.Check(Arbitraries.MinorUnitColumnsGen.ToArbitrary(), c =>
        {
            var keys = Enumerable.Range(0, c.Customers).Select(k => $"K{k}").ToArray();
            var single = AgingEngine.Create(c.Scheme);
            var parallel = AgingEngine.Create(c.Scheme, new AgingOptions { DegreeOfParallelism = 3, ParallelThreshold = 2 });
            // The first bad position decides: a negative amount (credits are refused), else a customer index outside the table.
            var badAt = Enumerable.Range(0, c.Index.Length).FirstOrDefault(i => c.Cents[i] < 0 || c.Index[i] < 0 || c.Index[i] >= c.Customers, -1);
            if (badAt >= 0)
            {
                var error = Assert.Throws<ArgumentOutOfRangeException>(() => single.Age(AsOf, Currency.EUR, keys, c.Index, c.Days, c.Cents));
                var expected = c.Cents[badAt] < 0
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"minorAmounts[{badAt}] = {c.Cents[badAt]} is negative")
                    : $"customerIndex[{badAt}] = {c.Index[badAt]}";
                Assert.Contains(expected, error.Message, StringComparison.Ordinal);
                var parallelError = Assert.Throws<ArgumentOutOfRangeException>(() => parallel.AgeInParallel(AsOf, Currency.EUR, keys, c.Index, c.Days, c.Cents));
                Assert.Equal(error.Message, parallelError.Message);
                return;
            }

            var report = single.Age(AsOf, Currency.EUR, keys, c.Index, c.Days, c.Cents);

            var lines = report.Sections.IsEmpty ? [] : report.Section(Currency.EUR).Lines;
            Assert.Equal(c.Index.Distinct().Count(), lines.Length);
            foreach (var line in lines)
            {
                var k = Array.IndexOf(keys, line.Key);
                var mine = Enumerable.Range(0, c.Index.Length).Where(i => c.Index[i] == k).ToArray();
                for (var b = 0; b < c.Scheme.BucketCount; b++)
                {
                    var inBucket = mine.Where(i => c.Scheme.Buckets[b].Contains(AsOf.DayNumber - c.Days[i])).ToArray();
                    Assert.Equal(inBucket.Length, line.Counts[b]);
                    Assert.Equal(inBucket.Sum(i => (decimal)c.Cents[i]) / 100m, line.Amounts[b].Amount);
                }

                Assert.Equal(mine.Min(i => c.Days[i]), line.OldestBasisDate.DayNumber);
            }

            Assert.Equal(AgingAssert.Canonical(report), AgingAssert.Canonical(parallel.AgeInParallel(AsOf, Currency.EUR, keys, c.Index, c.Days, c.Cents)));
        });
    }

    [Fact]
    public void Regroup_AnyItems_EqualsAgingBySegmentDirectly()
    {
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var engine = AgingEngine.Create(c.Scheme);
            var byCustomer = engine.Age(AsOf, c.Items);

            var regrouped = byCustomer.Regroup(key => $"S-{int.Parse(key[2..], System.Globalization.CultureInfo.InvariantCulture) % 3}");
            var direct = engine.Age(AsOf, c.Items, i => i.Segment!);

            Assert.Equal(AgingAssert.Canonical(direct), AgingAssert.Canonical(regrouped));
        });
    }

    [Fact]
    public void TryGetLine_CompactSectionBeforeAndAfterReadingLines_SameLineAsAPlainRecount()
    {
        // A columnar section builds its lines on first read; a lookup before that builds one line. Both must equal the
        // plain recount of the items (the oracle), whichever is read first.
        Properties.Check(Arbitraries.MinorUnitColumnsGen.ToArbitrary(), c =>
        {
            if (c.Index.Any(k => k < 0 || k >= c.Customers) || c.Cents.Any(v => v < 0))
            {
                return;
            }

            var keys = Enumerable.Range(0, c.Customers).Select(k => $"K{k}").ToArray();
            var engine = AgingEngine.Create(c.Scheme);
            var fresh = engine.Age(AsOf, Currency.EUR, keys, c.Index, c.Days, c.Cents);
            var read = engine.Age(AsOf, Currency.EUR, keys, c.Index, c.Days, c.Cents);
            var lines = read.Sections.IsEmpty ? [] : read.Section(Currency.EUR).Lines;

            for (var k = 0; k < c.Customers; k++)
            {
                var mine = Enumerable.Range(0, c.Index.Length).Where(i => c.Index[i] == k).ToArray();
                AgingLine? line = null;
                var found = fresh.TryGetSection(Currency.EUR, out var section) && section.TryGetLine(keys[k], out line);
                Assert.Equal(mine.Length > 0, found);
                Assert.Equal(mine.Length > 0, lines.Any(l => l.Key == keys[k]));
                if (found)
                {
                    var expected = Enumerable.Range(0, c.Scheme.BucketCount).Select(b => mine.Where(i => c.Scheme.Buckets[b].Contains(AsOf.DayNumber - c.Days[i])).Sum(i => (decimal)c.Cents[i]) / 100m).ToArray();
                    Assert.Equal(expected, line!.Amounts.Select(a => a.Amount).ToArray());
                    Assert.Equal(expected, lines.Single(l => l.Key == keys[k]).Amounts.Select(a => a.Amount).ToArray());
                    Assert.Equal(mine.Min(i => c.Days[i]), line.OldestBasisDate.DayNumber);
                }
            }

            Assert.Equal(lines.Length, read.Sections.IsEmpty ? 0 : read.Section(Currency.EUR).LineCount);
        });
    }
}
