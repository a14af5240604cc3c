using System.Globalization;
using FsCheck.Fluent;
using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Aging;

public class AgingClassifierTests
{
    private static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Label(AgingScheme scheme, string asOf, string basisDate)
        => scheme.Buckets[scheme.BucketOf(D(asOf), D(basisDate), D(basisDate))].Label;

    [Theory]
    [InlineData("2026-12-05", "Not yet due")]
    [InlineData("2026-11-30", "Not yet due")]      // due today
    [InlineData("2026-11-29", "Current month")]
    [InlineData("2026-11-01", "Current month")]
    [InlineData("2026-10-31", "Previous month")]   // only 30 days overdue, but last month
    [InlineData("2026-09-01", "2 months ago")]
    [InlineData("2026-08-31", "3+ months ago")]
    [InlineData("2019-01-15", "3+ months ago")]
    public void CalendarMonths_ByDueDateAsOf30November_MonthOfTheDueDate(string due, string expected)
    {
        var scheme = AgingScheme.Create(AgingClassifiers.CalendarMonths(3));

        Assert.Equal(expected, Label(scheme, "2026-11-30", due));
    }

    [Fact]
    public void CalendarMonths_ByDocumentDate_NoNotYetDueBucketAndLaterDocumentsAreCurrent()
    {
        var scheme = AgingScheme.Create(AgingClassifiers.CalendarMonths(2), AgingBasis.DaysSinceDocumentDate);

        Assert.Equal(["Current month", "Previous month", "2+ months ago"], scheme.Buckets.Select(b => b.Label));
        Assert.Equal("Current month", Label(scheme, "2026-11-30", "2026-12-02"));
        Assert.Equal("Previous month", Label(scheme, "2027-01-05", "2026-12-31"));   // across the year end
    }

    [Theory]
    [InlineData("2026-12-31", "2026-01-15", "1年以内")]
    [InlineData("2026-12-31", "2025-12-31", "1年以内")]   // exactly one year: 1年以内（含1年）
    [InlineData("2026-12-31", "2025-12-30", "1-2年")]
    [InlineData("2026-12-31", "2024-12-31", "1-2年")]   // exactly two years
    [InlineData("2026-12-31", "2024-06-30", "2-3年")]
    [InlineData("2026-12-31", "2023-06-30", "3年以上")]
    [InlineData("2025-02-28", "2024-02-29", "1年以内")]   // leap day: the anniversary is 28 February
    [InlineData("2025-03-01", "2024-02-29", "1-2年")]
    public void CalendarYears_ByAnniversary_ChineseStatementBuckets(string asOf, string documentDate, string expected)
    {
        var scheme = AgingScheme.Create(AgingClassifiers.CalendarYears(3), AgingBasis.DaysSinceDocumentDate);

        Assert.Equal(["1年以内", "1-2年", "2-3年", "3年以上"], scheme.Buckets.Select(b => b.Label));
        Assert.Equal(expected, Label(scheme, asOf, documentDate));
    }

    [Theory]
    [InlineData("2025-12-31", YearCounting.Anniversary, "1年以内")]   // three months old
    [InlineData("2025-12-31", YearCounting.CalendarYear, "1-2年")]    // but last calendar year
    [InlineData("2026-01-01", YearCounting.CalendarYear, "1年以内")]
    [InlineData("2022-03-31", YearCounting.CalendarYear, "3年以上")]
    public void CalendarYears_ByCalendarYearAsOf31March_CountsYearBoundaries(string documentDate, YearCounting counting, string expected)
    {
        var scheme = AgingScheme.Create(AgingClassifiers.CalendarYears(3, counting), AgingBasis.DaysSinceDocumentDate);

        Assert.Equal(expected, Label(scheme, "2026-03-31", documentDate));
    }

    // A fiscal year from April, in quarters; 2026-03-31 closes the time before the calendar.
    private static readonly DateOnly[] QuarterEnds = [D("2026-03-31"), D("2026-06-30"), D("2026-09-30"), D("2026-12-31"), D("2027-03-31")];

    [Theory]
    [InlineData("2026-12-10", "Not yet due")]
    [InlineData("2026-10-01", "Current period")]    // Q3 (October to December)
    [InlineData("2026-09-30", "Previous period")]   // last day of Q2
    [InlineData("2026-07-01", "Previous period")]
    [InlineData("2026-06-30", "2+ periods ago")]
    [InlineData("2026-03-15", "2+ periods ago")]    // before the calendar
    public void FiscalPeriods_QuartersFromApril_PeriodOfTheDueDate(string due, string expected)
    {
        var scheme = AgingScheme.Create(AgingClassifiers.FiscalPeriods(QuarterEnds, 2));

        Assert.Equal(expected, Label(scheme, "2026-11-30", due));
    }

    [Fact]
    public void FiscalPeriods_AsOfAfterTheLastPeriodEnd_ThrowsNamingTheCalendar()
    {
        var scheme = AgingScheme.Create(AgingClassifiers.FiscalPeriods(QuarterEnds, 2));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => scheme.BucketOf(D("2027-04-01"), D("2027-01-10"), D("2027-01-10")));

        Assert.Contains("outside the fiscal calendar (2026-04-01 to 2027-03-31)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiscalPeriods_UnsortedEnds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingClassifiers.FiscalPeriods([D("2026-06-30"), D("2026-03-31")], 2));

        Assert.Equal("periodEnds", error.ParamName);
    }

    [Fact]
    public void DayBounds_AnySchemeAndAge_SameBucketAsTheSchemeTable()
    {
        // Two implementations of the one rule: the classifier counts bounds, the scheme looks the age up in a table.
        Properties.Check(Arbitraries.AgingSchemeGen.ToArbitrary(), scheme =>
        {
            var classifier = AgingClassifiers.DayBounds(scheme.Bounds, scheme.NotYetDueSplits);
            var asOf = Arbitraries.AgingAsOf;
            for (var age = -800; age <= 800; age += 7)
            {
                Assert.Equal(scheme.BucketOf(age), classifier.BucketOf(new AgingClassifierArguments(asOf, asOf.AddDays(-age), scheme.Basis)));
            }

            Assert.Equal(scheme, AgingScheme.Create(classifier, scheme.Basis));
            Assert.True(AgingScheme.Create(classifier, scheme.Basis).IsDayBounds);
        });
    }

    [Fact]
    public void Age_CalendarMonthScheme_ObjectsColumnsAndParallelAgree()
    {
        var asOf = D("2026-11-30");
        var scheme = AgingScheme.Create(AgingClassifiers.CalendarMonths(2));
        OpenItem Item(string id, string customer, decimal eur, string due) => new(new DocumentId(id), new CustomerId(customer), Money.Of(eur, "EUR"), D(due).AddDays(-30), D(due));
        OpenItem[] items = [Item("1", "ACME", 100m, "2026-12-20"), Item("2", "ACME", 200m, "2026-11-02"), Item("3", "BETA", 300m, "2026-10-31"), Item("4", "BETA", 400m, "2026-01-31"), Item("5", "ACME", 50m, "2026-10-01")];

        var report = AgingEngine.Create(scheme).Age(asOf, items);
        int[] index = [0, 0, 1, 1, 0];
        var days = items.Select(i => i.DueDate.DayNumber).ToArray();
        var cents = items.Select(i => (long)(i.Open.Amount * 100)).ToArray();
        var columns = AgingEngine.Create(scheme).Age(asOf, Currency.EUR, ["ACME", "BETA"], index, days, cents);
        var parallel = AgingEngine.Create(scheme, new AgingOptions { DegreeOfParallelism = 2, ParallelThreshold = 2 }).AgeInParallel(asOf, Currency.EUR, ["ACME", "BETA"], index, days, cents);

        var eur = report.Section(Currency.EUR);
        Assert.Equal(["Not yet due", "Current month", "Previous month", "2+ months ago"], scheme.Buckets.Select(b => b.Label));
        Assert.Equal([100m, 200m, 350m, 400m], eur.BucketTotals.Select(t => t.Amount));
        Assert.Equal(AgingAssert.Canonical(columns), AgingAssert.Canonical(parallel));
        Assert.Equal(eur.BucketTotals.ToArray(), columns.Section(Currency.EUR).BucketTotals.ToArray());
        Assert.Equal(250m, eur.Lines[0].Overdue(scheme).Amount);   // ACME: 200 + 50, not the 100 not yet due
        Assert.Equal(AgingAssert.Canonical(report), AgingAssert.Canonical(AgingReport.Merge(
            AgingEngine.Create(AgingScheme.Create(AgingClassifiers.CalendarMonths(2))).Age(asOf, items[..2]),
            AgingEngine.Create(scheme).Age(asOf, items[2..]))));
    }

    /// <summary>A host's own rule: by quarter of the due date, unit-tested alone through the arguments' constructor.</summary>
    private sealed class QuarterClassifier : IAgingClassifier
    {
        public int BucketOf(in AgingClassifierArguments arguments)
            => arguments.IsNotYetDue ? 0 : 1 + Math.Min(2, (((arguments.AsOf.Year * 4) + ((arguments.AsOf.Month - 1) / 3)) - ((arguments.BasisDate.Year * 4) + ((arguments.BasisDate.Month - 1) / 3))));
    }

    [Fact]
    public void CustomClassifier_QuarterOfDueDate_TestableAloneAndUsableInAScheme()
    {
        var classifier = new QuarterClassifier();

        Assert.Equal(1, classifier.BucketOf(new AgingClassifierArguments(D("2026-11-30"), D("2026-10-01"), AgingBasis.DaysPastDue)));
        Assert.Equal(2, classifier.BucketOf(new AgingClassifierArguments(D("2026-11-30"), D("2026-09-30"), AgingBasis.DaysPastDue)));
        var scheme = AgingScheme.Create(classifier, labels: ["Not yet due", "This quarter", "Last quarter", "Older"], notYetDueBuckets: 1);
        Assert.Equal("Last quarter", Label(scheme, "2026-11-30", "2026-07-01"));
        Assert.True(scheme.Buckets[0].IsNotYetDue);
        Assert.Throws<InvalidOperationException>(() => scheme.BucketOf(30));
    }

    [Fact]
    public void Age_ClassifierReturningAnUnknownBucket_Throws()
    {
        var scheme = AgingScheme.Create(new QuarterClassifier(), labels: ["Not yet due", "This quarter"]);

        var error = Assert.Throws<InvalidOperationException>(() => AgingEngine.Create(scheme).Age(D("2026-11-30"), Currency.EUR, ["A"], new[] { 0 }, new[] { D("2026-01-31").DayNumber }, new[] { 100L }));

        Assert.Contains("returned bucket 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CustomClassifierWithoutLabels_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AgingScheme.Create(new QuarterClassifier()));
    }

    [Fact]
    public void DocsExample_CalendarYears_AsInTheDocs()
    {
        // snippet: aging-calendar-years
        var scheme = AgingScheme.Create(AgingClassifiers.CalendarYears(3), AgingBasis.DaysSinceDocumentDate);
        var asOf = new DateOnly(2026, 12, 31);
        OpenItem Invoice(string id, decimal cny, DateOnly invoiced) => new(new DocumentId(id), new CustomerId("ACME"), Money.Of(cny, "CNY"), invoiced, invoiced.AddDays(30));

        var report = AgingEngine.Create(scheme).Age(asOf, [
            Invoice("INV-1", 1_000m, new DateOnly(2026, 6, 30)),    // 1年以内
            Invoice("INV-2", 2_000m, new DateOnly(2025, 12, 31)),   // exactly one year: still 1年以内 (含1年)
            Invoice("INV-3", 3_000m, new DateOnly(2024, 7, 1)),     // 2-3年
            Invoice("INV-4", 4_000m, new DateOnly(2021, 3, 15)),    // 3年以上
        ]);
        // report.Section(Currency.CNY).BucketTotals: 1年以内 3,000 | 1-2年 0 | 2-3年 3,000 | 3年以上 4,000
        // end snippet

        Assert.Equal([3_000m, 0m, 3_000m, 4_000m], report.Section(Currency.CNY).BucketTotals.Select(t => t.Amount));
        DocSnippets.AssertDocMatchesTest("docs/aging.md", "aging-calendar-years");
    }
}
