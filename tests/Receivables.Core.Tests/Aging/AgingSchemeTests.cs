using FsCheck.Fluent;
using Receivables.Tests.Support;
using Receivables.Aging;

namespace Receivables.Tests.Aging;

public class AgingSchemeTests
{
    [Fact]
    public void ErpNextDefault_Labels_AreNotYetDueThenFiveRanges()
    {
        var scheme = AgingScheme.ErpNextDefault;

        var labels = scheme.Buckets.Select(b => b.Label);

        Assert.Equal(["Not yet due", "1-30", "31-60", "61-90", "91-120", "121+"], labels);
    }

    // ERPNext rule: an age belongs to the first bucket whose bound it does not exceed (age <= bound).
    [Theory]
    [InlineData(-400, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, 0)] // due today: not yet overdue
    [InlineData(1, 1)]
    [InlineData(30, 1)]
    [InlineData(31, 2)]
    [InlineData(60, 2)]
    [InlineData(61, 3)]
    [InlineData(90, 3)]
    [InlineData(91, 4)]
    [InlineData(120, 4)]
    [InlineData(121, 5)]
    [InlineData(100_000, 5)]
    public void BucketOf_ErpNextBounds_AgeAtBoundStaysInLowerBucket(int age, int expected)
    {
        var scheme = AgingScheme.ErpNextDefault;

        var bucket = scheme.BucketOf(age);

        Assert.Equal(expected, bucket);
    }

    [Theory]
    [InlineData("2026-11-30", 0)]
    [InlineData("2026-10-31", 1)] // 30 days past due
    [InlineData("2026-10-30", 2)] // 31 days past due
    [InlineData("2026-08-02", 4)] // 120 days past due
    [InlineData("2026-08-01", 5)] // 121 days past due
    public void BucketOf_DueDates_CountDaysFromDueDateToAsOf(string due, int expected)
    {
        var asOf = new DateOnly(2026, 11, 30);

        var bucket = AgingScheme.ErpNextDefault.BucketOf(asOf, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 1, 1));

        Assert.Equal(expected, bucket);
    }

    [Theory]
    [InlineData(-31, 0)]
    [InlineData(-30, 1)]
    [InlineData(-8, 1)]
    [InlineData(-7, 2)]
    [InlineData(0, 2)]
    [InlineData(1, 3)]
    public void BucketOf_NotYetDueSplit_DaysUntilDueAtSplitStayInNearerBucket(int age, int expected)
    {
        var scheme = AgingScheme.Create([30, 60, 90, 120], AgingBasis.DaysPastDue, [7, 30]);

        var bucket = scheme.BucketOf(age);

        Assert.Equal(expected, bucket);
        Assert.Equal(["Due in 31+ days", "Due in 8-30 days", "Due in 0-7 days", "1-30", "31-60", "61-90", "91-120", "121+"], scheme.Buckets.Select(b => b.Label));
    }

    [Theory]
    [InlineData(-5, 0)] // dated after the as-of date: counts as 0 days old
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 1)]
    [InlineData(361, 6)]
    [InlineData(720, 6)]
    [InlineData(721, 7)]
    public void BucketOf_DocumentDateBasis_FirstBucketStartsAtZero(int age, int expected)
    {
        var scheme = AgingScheme.Create([30, 60, 90, 180, 270, 360, 720], AgingBasis.DaysSinceDocumentDate);

        var bucket = scheme.BucketOf(age);

        Assert.Equal(expected, bucket);
        Assert.Equal("0-30", scheme.Buckets[0].Label);
        Assert.Equal("721+", scheme.Buckets[^1].Label);
    }

    [Fact]
    public void BucketOf_EveryAgeOfAGeneratedScheme_FallsInExactlyOneBucket()
    {
        Properties.Check(Arbitraries.AgingSchemeGen.ToArbitrary(), scheme =>
        {
            for (var age = -100; age <= 800; age++)
            {
                var holders = scheme.Buckets.Where(b => b.Contains(age)).ToList();

                Assert.Single(holders);
                Assert.Equal(holders[0].Index, scheme.BucketOf(age));
            }
        });
    }

    [Theory]
    [InlineData(new[] { 60, 30 }, "bounds[1] = 30 is smaller than the previous bound 60")]
    [InlineData(new[] { 30, 30 }, "bounds[1] = 30 duplicates the previous bound")]
    [InlineData(new[] { -5, 30 }, "bounds[0] = -5 is negative")]
    [InlineData(new[] { 0, 30 }, "bounds[0] = 0 must be at least 1")]
    public void Create_BadBounds_ThrowsNamingBounds(int[] bounds, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => AgingScheme.Create(bounds));

        Assert.Equal("bounds", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SeveralProblems_ReportsThemTogether()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingScheme.Create([-1, 60, 60]));

        Assert.Contains("bounds[0] = -1 is negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("bounds[2] = 60 duplicates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SplitsWithDocumentBasis_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingScheme.Create([30], AgingBasis.DaysSinceDocumentDate, [7]));

        Assert.Contains("notYetDueSplits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WrongLabelCount_ThrowsNamingLabels()
    {
        var error = Assert.Throws<ArgumentException>(() => AgingScheme.Create([30], labels: ["current", "overdue"]));

        Assert.Equal("labels", error.ParamName);
    }

    [Fact]
    public void Create_CustomLabels_AreUsed()
    {
        var scheme = AgingScheme.Create([30], labels: ["未到期", "1-30天", "30天以上"]);

        Assert.Equal("30天以上", scheme.Buckets[2].Label);
    }

    [Fact]
    public void Equals_SameDefinition_True()
    {
        var a = AgingScheme.Create([30, 60]);
        var b = AgingScheme.Create([30, 60]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, AgingScheme.Create([30, 61]));
    }
}
