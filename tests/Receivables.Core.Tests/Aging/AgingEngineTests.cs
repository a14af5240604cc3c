using Receivables.Aging;
using Receivables.Ledger;

namespace Receivables.Tests.Aging;

public class AgingEngineTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static OpenItem Item(string customer, string id, decimal amount, string due, string currency = "EUR", string? segment = null)
    {
        var date = DateOnly.ParseExact(due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new OpenItem(new DocumentId(id), new CustomerId(customer), Money.Of(amount, currency), date.AddDays(-30), date, segment: segment);
    }

    [Fact]
    public void Age_ThreeCustomers_TotalsPerCustomerBucketAndOldest()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        OpenItem[] items =
        [
            Item("ACME", "INV-1", 1_000.00m, "2026-12-15"), // not yet due
            Item("ACME", "INV-2", 250.50m, "2026-11-10"),   // 20 days
            Item("ACME", "INV-3", 300.00m, "2026-07-01"),   // 152 days
            Item("BETA", "INV-4", 99.99m, "2026-10-31"),    // 30 days
            Item("BETA", "INV-5", 10.01m, "2026-10-30"),    // 31 days
            Item("GAMMA", "INV-6", 5_000m, "2026-11-30", "USD"),
        ];

        var report = engine.Age(AsOf, items);

        var eur = report.Section(Currency.EUR);
        Assert.Equal([Currency.EUR, Currency.USD], report.Sections.Select(s => s.Currency));
        Assert.Equal(Money.Of(1_660.50m, "EUR"), eur.GrandTotal);
        Assert.Equal([1_000.00m, 350.49m, 10.01m, 0m, 0m, 300.00m], eur.BucketTotals.Select(t => t.Amount));
        Assert.True(eur.TryGetLine("ACME", out var acme));
        Assert.Equal([1L, 1, 0, 0, 0, 1], acme.Counts.ToArray());
        Assert.Equal("INV-3", acme.OldestItem);
        Assert.Equal(152, acme.OldestAgeDays);
        Assert.Equal(Money.Of(550.50m, "EUR"), acme.Overdue(engine.Scheme));
        Assert.Equal(Money.Of(300m, "EUR"), acme.Over(90, engine.Scheme));
        Assert.Equal(Money.Of(5_000m, "USD"), report.Section(Currency.USD).BucketTotals[0]);
    }

    [Fact]
    public void Age_Columnar_SameAsObjects()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        string[] customers = ["ACME", "BETA"];
        int[] index = [0, 0, 1];
        int[] days = [new DateOnly(2026, 12, 15).DayNumber, new DateOnly(2026, 7, 1).DayNumber, new DateOnly(2026, 10, 31).DayNumber];
        long[] cents = [100_000, 30_000, 9_999];

        var fromMinor = engine.Age(AsOf, Currency.EUR, customers, index, days, cents);
        var fromDecimal = engine.Age(AsOf, Currency.EUR, customers, index, days, new[] { 1_000m, 300m, 99.99m });
        var fromObjects = engine.Age(AsOf, [Item("ACME", "A", 1_000m, "2026-12-15"), Item("ACME", "B", 300m, "2026-07-01"), Item("BETA", "C", 99.99m, "2026-10-31")]);

        Assert.Equal(AgingAssert.Canonical(fromMinor), AgingAssert.Canonical(fromDecimal));
        Assert.Equal(Money.Of(1_399.99m, "EUR"), fromObjects.Section(Currency.EUR).GrandTotal);
        Assert.Equal(fromMinor.Section(Currency.EUR).BucketTotals.ToArray(), fromObjects.Section(Currency.EUR).BucketTotals.ToArray());
        Assert.Null(fromMinor.Section(Currency.EUR).Lines[0].OldestItem);
    }

    [Fact]
    public void Age_LedgerOpenItems_AgesOpenAmountAfterPartPayment()
    {
        var customer = new CustomerId("ACME");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new DocumentId("INV-1"), customer, Money.Of(1_000m, "EUR"), new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)))
            .Post(Document.Payment(new DocumentId("PAY-1"), customer, Money.Of(400m, "EUR"), new DateOnly(2026, 11, 5)));
        ledger = ledger.Apply(new DocumentId("PAY-1"), AllocationPolicies.OldestDueFirst, new DateOnly(2026, 11, 5)).Ledger;

        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(AsOf, ledger.OpenItems);

        var line = Assert.Single(report.Section(Currency.EUR).Lines);
        Assert.Equal(Money.Of(600m, "EUR"), line.Amounts[2]); // 60 days past due: 31-60
        Assert.Equal("INV-1", line.OldestItem);
    }

    [Fact]
    public void Age_AmountsWithMoreDecimalsThanCurrency_FallBackToDecimalExactly()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        int[] index = [0, 0, 0];
        int[] days = [AsOf.DayNumber, AsOf.DayNumber, AsOf.DayNumber];

        var report = engine.Age(AsOf, Currency.EUR, ["A"], index, days, new[] { 0.001m, 10.00m, 0.0049m });

        Assert.Equal(10.0059m, report.Section(Currency.EUR).GrandTotal.Amount);
    }

    [Fact]
    public void Age_MinorUnitSumOverflowingLong_FallsBackToDecimalExactly()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        int[] index = [0, 0, 0];
        int[] days = [AsOf.DayNumber, AsOf.DayNumber, AsOf.DayNumber];

        var report = engine.Age(AsOf, Currency.EUR, ["A"], index, days, new[] { long.MaxValue, long.MaxValue, 1L });

        Assert.Equal(((2m * long.MaxValue) + 1m) / 100m, report.Section(Currency.EUR).GrandTotal.Amount);
    }

    [Fact]
    public void Age_LargeAmountsInDifferentCells_FastPathRetriesExactly()
    {
        // Regression test for the unchecked fast loop: count × largest amount does not fit a long here, so the loop's
        // result is discarded and the items are added again on the checked path; nothing is counted twice.
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        int[] index = [0, 1, 0, 1];
        int[] days = [AsOf.DayNumber, AsOf.DayNumber - 45, AsOf.DayNumber - 200, AsOf.DayNumber];

        var report = engine.Age(AsOf, Currency.EUR, ["A", "B"], index, days, new[] { long.MaxValue / 2, long.MaxValue, 1L, 7L });

        var section = report.Section(Currency.EUR);
        Assert.Equal((((decimal)(long.MaxValue / 2)) + long.MaxValue + 1m + 7m) / 100m, section.GrandTotal.Amount);
        Assert.Equal(4, section.Lines.Sum(l => l.Counts.Sum()));
        Assert.Equal(AsOf.AddDays(-200), section.Lines[0].OldestBasisDate);
    }

    [Theory]
    [InlineData(1)]   // in the vector step
    [InlineData(6)]   // in the scalar tail
    public void Age_NegativeMinorAmount_RefusedNamingItsPosition(int at)
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var cents = new long[] { 100, 200, 300, 400, 500, 600, 700 };
        cents[at] = -50_000;
        var index = new int[cents.Length];
        var days = Enumerable.Repeat(AsOf.DayNumber - 10, cents.Length).ToArray();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => engine.Age(AsOf, Currency.EUR, ["A"], index, days, cents));
        var parallel = AgingEngine.Create(AgingScheme.ErpNextDefault, new AgingOptions { DegreeOfParallelism = 2, ParallelThreshold = 2 });
        var parallelError = Assert.Throws<ArgumentOutOfRangeException>(() => parallel.AgeInParallel(AsOf, Currency.EUR, ["A"], index, days, cents));

        Assert.Equal("minorAmounts", error.ParamName);
        Assert.Contains($"minorAmounts[{at}] = -50000 is negative", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, parallelError.Message);
    }

    [Fact]
    public void Age_NegativeDecimalAmount_RefusedNamingItsPosition()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => engine.Age(AsOf, Currency.EUR, ["A"], new[] { 0, 0 }, new[] { AsOf.DayNumber, AsOf.DayNumber }, new[] { 150m, -500m }));

        Assert.Equal("amounts", error.ParamName);
        Assert.Contains("amounts[1] = -500 is negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Age_AccountWithUnappliedPayment_AgesOnlyTheOpenInvoice()
    {
        // Regression test for issue 18: aging an account's items aged a 500.00 unapplied payment as a receivable
        // (150 invoiced + 500 unapplied -> 650.00). Open items are debits only; the payment is not a receivable.
        var customer = new CustomerId("ACME");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new DocumentId("INV-1"), customer, Money.Of(150m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)))
            .Post(Document.Payment(new DocumentId("PAY-1"), customer, Money.Of(500m, "EUR"), new DateOnly(2026, 11, 5)));

        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(AsOf, ledger.AsOf(AsOf).OpenItems);

        Assert.Equal(Money.Of(150m, "EUR"), report.Section(Currency.EUR).GrandTotal);
        Assert.Equal(1, report.Section(Currency.EUR).ItemCount);
    }

    [Fact]
    public void Age_DecimalTooLargeForLong_FallsBackToDecimalExactly()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var huge = 50_000_000_000_000_000m; // 5e16 EUR = 5e18 cents: two of them overflow a long

        var report = engine.Age(AsOf, Currency.EUR, ["A"], new[] { 0, 0 }, new[] { AsOf.DayNumber, AsOf.DayNumber }, new[] { huge, huge + 0.01m });

        Assert.Equal((2 * huge) + 0.01m, report.Section(Currency.EUR).GrandTotal.Amount);
    }

    [Fact]
    public void Age_CustomerIndexOutOfRange_ThrowsNamingTheArgument()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => engine.Age(AsOf, Currency.EUR, ["A", "B"], new[] { 0, 2 }, new[] { 1, 1 }, new long[] { 1, 1 }));

        Assert.Equal("customerIndex", error.ParamName);
        Assert.Contains("customerIndex[1] = 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgeInParallel_CustomerIndexOutOfRange_ThrowsTheSameError()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault, new AgingOptions { DegreeOfParallelism = 4, ParallelThreshold = 2 });
        var index = Enumerable.Repeat(0, 100).ToArray();
        index[70] = -1;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => engine.AgeInParallel(AsOf, Currency.EUR, ["A"], index, new int[100], new long[100]));

        Assert.Contains("customerIndex[70] = -1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 2, "minorAmounts")]
    [InlineData(2, 3, "basisDays")]
    public void Age_ColumnsOfDifferentLengths_ThrowsNamingTheArgument(int days, int amounts, string name)
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);

        var error = Assert.Throws<ArgumentException>(() => engine.Age(AsOf, Currency.EUR, ["A"], new int[3], new int[days], new long[amounts]));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Constructor_BadOptions_ReportsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingEngine.Create(AgingScheme.ErpNextDefault, new AgingOptions { DegreeOfParallelism = 0, ParallelThreshold = 0 }));

        Assert.Contains("DegreeOfParallelism", error.Message, StringComparison.Ordinal);
        Assert.Contains("ParallelThreshold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Age_GroupBySegment_AddsCustomersOfTheSegment()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        OpenItem[] items =
        [
            Item("ACME", "1", 100m, "2026-11-10", segment: "wholesale"),
            Item("BETA", "2", 50m, "2026-11-10", segment: "wholesale"),
            Item("GAMMA", "3", 7m, "2026-11-10", segment: "retail"),
        ];

        var report = engine.Age(AsOf, items, i => i.Segment ?? "(none)");

        Assert.Equal(["retail", "wholesale"], report.Section(Currency.EUR).Lines.Select(l => l.Key));
        Assert.Equal(150m, report.Section(Currency.EUR).Lines[1].Total.Amount);
    }

    [Fact]
    public void ConvertTo_TwoCurrencies_RoundsOnceAtTheEnd()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);
        var report = engine.Age(AsOf, [Item("ACME", "1", 0.01m, "2026-11-10"), Item("ACME", "2", 0.01m, "2026-11-10", "USD"), Item("BETA", "3", 0.01m, "2026-11-10")]);
        var rates = new Dictionary<Currency, decimal> { [Currency.EUR] = 0.5m, [Currency.USD] = 0.25m };

        var converted = report.ConvertTo(Currency.GBP, rates);

        var gbp = Assert.Single(converted.Sections);
        Assert.Equal(Currency.GBP, gbp.Currency);
        Assert.Equal(0.01m, gbp.Lines[0].Total.Amount);   // ACME: 0.005 + 0.0025 = 0.0075 -> 0.01
        Assert.Equal(0.01m, gbp.Lines[1].Total.Amount);   // BETA: 0.005 -> 0.01
        Assert.Equal(0.01m, gbp.GrandTotal.Amount);       // 0.0125 rounded once -> 0.01, not 0.01 + 0.01
    }

    [Fact]
    public void ConvertTo_MissingRate_ThrowsNamingRatesAndCurrency()
    {
        var report = AgingEngine.Create(AgingScheme.ErpNextDefault).Age(AsOf, [Item("A", "1", 1m, "2026-11-10", "USD"), Item("A", "2", 1m, "2026-11-10", "JPY")]);

        var error = Assert.Throws<ArgumentException>(() => report.ConvertTo(Currency.EUR, new Dictionary<Currency, decimal> { [Currency.USD] = 0.9m }));

        Assert.Equal("rates", error.ParamName);
        Assert.Contains("no rate for JPY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentAsOf_Throws()
    {
        var engine = AgingEngine.Create(AgingScheme.ErpNextDefault);

        var error = Assert.Throws<ArgumentException>(() => AgingReport.Merge(engine.Age(AsOf, Array.Empty<OpenItem>()), engine.Age(AsOf.AddDays(1), Array.Empty<OpenItem>())));

        Assert.Equal("reports", error.ParamName);
    }
}

public class AgingEngineBucketPathTests
{
    // Schemes with up to 12 bucket bounds use counting comparisons in the engine's loop, longer ones a lookup table:
    // both must put every age where AgingScheme.BucketOf does.
    [Theory]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(40)]
    public void Age_EveryAgeFromMinus100To1000_LandsInTheSchemesBucket(int boundCount)
    {
        var asOf = new DateOnly(2026, 11, 30);
        var scheme = AgingScheme.Create([.. Enumerable.Range(1, boundCount).Select(i => i * 20)], AgingBasis.DaysPastDue, [7]);
        var ages = Enumerable.Range(-100, 1101).ToArray();
        string[] keys = [.. ages.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture))];

        var report = AgingEngine.Create(scheme).Age(asOf, Currency.EUR, keys, [.. Enumerable.Range(0, ages.Length)], [.. ages.Select(a => asOf.DayNumber - a)], [.. ages.Select(_ => 1L)]);

        var section = report.Section(Currency.EUR);
        foreach (var age in ages)
        {
            Assert.True(section.TryGetLine(age.ToString(System.Globalization.CultureInfo.InvariantCulture), out var line));
            Assert.Equal(1L, line.Counts[scheme.BucketOf(age)]);
        }
    }
}
