using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Aging.Provisioning;
using Receivables.Ledger;
using Receivables.Tests.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging;

/// <summary>Aging and provisioning of a ledger as of a date, checked against the raw events (issue 18).</summary>
public class AgingLedgerPropertyTests
{
    private static readonly AgingScheme Scheme = AgingScheme.Create([7, 14, 30]);

    private static readonly FsCheck.Arbitrary<(LedgerStep[] Steps, int Day)> StepsAndDay =
        (from steps in Arbitraries.LedgerStepsGen
         from day in Gen.Choose(-1, 45)
         select (steps, day)).ToArbitrary();

    [Fact]
    public void Age_LedgerViewOnAnyDate_TotalsEqualTheOpenDebitsRecountedFromEvents()
    {
        Properties.Check(StepsAndDay, input =>
        {
            var account = CustomerAccount.Create(LedgerModel.Customer);
            for (var i = 0; i < input.Steps.Length; i++)
            {
                account = LedgerModel.Run(account, input.Steps[i], i, out _);
            }

            var date = LedgerModel.Start.AddDays(input.Day);
            var view = account.AsOf(date);

            var report = AgingEngine.Create(Scheme).Age(date, view.OpenItems);
            var provision = ProvisionMatrix.Create(Scheme, [0m, 0.1m, 0.2m, 0.5m, 1m]).Apply(date, view.OpenItems);

            var expected = OpenDebits(account.History, date);
            Assert.Equal(expected.Select(d => d.Currency.Code).Distinct().Order(StringComparer.Ordinal), report.Sections.Select(s => s.Currency.Code).Order(StringComparer.Ordinal));
            foreach (var currency in expected.GroupBy(d => d.Currency))
            {
                var section = report.Section(currency.Key);
                Assert.Equal(currency.Sum(d => d.Open), section.GrandTotal.Amount);
                Assert.Equal(currency.Count(), section.ItemCount);
                for (var b = 0; b < Scheme.BucketCount; b++)
                {
                    var bucket = Scheme.Buckets[b];
                    Assert.Equal(currency.Where(d => bucket.Contains(date.DayNumber - d.Due.DayNumber)).Sum(d => d.Open), section.BucketTotals[b].Amount);
                }

                Assert.Equal(currency.Sum(d => d.Open), provision.Section(currency.Key).Gross.Amount);
            }
        });
    }

    /// <summary>The oracle: per debit item (an installment, a plan's installment), the amount open on the date and its
    /// due date recounted from the raw events (LedgerModel.Recount, RecountDueDates), without the account's fold or its
    /// open items.</summary>
    private static List<(Currency Currency, decimal Open, DateOnly Due)> OpenDebits(IEnumerable<LedgerEvent> history, DateOnly date)
    {
        var open = LedgerModel.Recount(history, date);
        var due = LedgerModel.RecountDueDates(history, date);
        return [.. due.Where(d => open[d.Key].IsPositive).Select(d => (open[d.Key].Currency, open[d.Key].Amount, d.Value))];
    }
}

public class AgingMergeOldestItemTests
{
    private static readonly DateOnly AsOf = Arbitraries.AgingAsOf;

    private static OpenItem Item(string id, string due)
        => new(new DocumentId(id), new CustomerId("ACME"), Money.Of(10m, "EUR"), new DateOnly(2026, 1, 1), DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("INV-1", "INV-2")]
    [InlineData("INV-2", "INV-1")]
    public void Merge_SameOldestDateBothWays_KeepsTheSmallerId(string first, string second)
    {
        // A mutant that keeps the larger id on a tie, or the left (or right) report's item, fails one of the two rows.
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var left = engine.Age(AsOf, [Item(first, "2026-09-01"), Item(first + "0", "2026-11-01")]);
        var right = engine.Age(AsOf, [Item(second, "2026-09-01")]);

        var merged = AgingReport.Merge(left, right);
        var swapped = AgingReport.Merge(right, left);

        Assert.Equal("INV-1", merged.Section(Currency.EUR).Lines[0].OldestItem);
        Assert.Equal("INV-1", swapped.Section(Currency.EUR).Lines[0].OldestItem);
    }

    [Fact]
    public void Merge_OlderDateWithLargerId_KeepsTheOlderDate()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);

        var merged = AgingReport.Merge(engine.Age(AsOf, [Item("INV-1", "2026-09-02")]), engine.Age(AsOf, [Item("INV-9", "2026-09-01")]));

        Assert.Equal("INV-9", merged.Section(Currency.EUR).Lines[0].OldestItem);
        Assert.Equal(new DateOnly(2026, 9, 1), merged.Section(Currency.EUR).Lines[0].OldestBasisDate);
    }

    [Fact]
    public void Merge_ColumnarLineWithoutIdOnTheSameDate_KeepsTheId()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var columnar = engine.Age(AsOf, Currency.EUR, ["ACME"], new[] { 0 }, new[] { new DateOnly(2026, 9, 1).DayNumber }, new[] { 100L });
        var objects = engine.Age(AsOf, [Item("INV-5", "2026-09-01")]);

        Assert.Equal("INV-5", AgingReport.Merge(columnar, objects).Section(Currency.EUR).Lines[0].OldestItem);
        Assert.Equal("INV-5", AgingReport.Merge(objects, columnar).Section(Currency.EUR).Lines[0].OldestItem);
    }

    [Fact]
    public void Merge_AnyPartition_OldestItemIsTheEarliestBasisDateThenSmallestIdOfTheItems()
    {
        // Independent oracle: the oldest item picked straight from the items, not by the engine's comparison.
        Properties.Check(Arbitraries.AgingPartitionGen.ToArbitrary(), c =>
        {
            var engine = AgingEngine.Create(c.Scheme);

            var merged = AgingReport.Merge(Enumerable.Range(0, 4).Select(p => engine.Age(AsOf, c.Items.Where((_, i) => c.Parts[i] == p))));

            foreach (var group in c.Items.GroupBy(i => (i.Currency, i.Customer.Value)))
            {
                var oldest = group.OrderBy(i => c.Scheme.BasisDate(i.DueDate, i.DocumentDate)).ThenBy(i => i.Id.Value, StringComparer.Ordinal).First();
                Assert.True(merged.Section(group.Key.Currency).TryGetLine(group.Key.Value, out var line));
                Assert.Equal(oldest.Id.Value, line.OldestItem);
                Assert.Equal(c.Scheme.BasisDate(oldest.DueDate, oldest.DocumentDate), line.OldestBasisDate);
            }
        });
    }
}
