using FsCheck.Fluent;
using Receivables.Analytics;
using Receivables.Tests.Support;

namespace Receivables.Tests.Analytics;

public class PercentilesTests
{
    [Theory]
    [InlineData(50d, 7)]     // rank ⌈0.5 × 6⌉ = 3 of 3, 5, 7, 10, 20, 41: the lower middle
    [InlineData(90d, 41)]    // rank ⌈0.9 × 6⌉ = ⌈5.4⌉ = 6
    [InlineData(10d, 3)]     // rank ⌈0.6⌉ = 1
    [InlineData(33.4d, 7)]   // rank ⌈2.004⌉ = 3
    [InlineData(100d, 41)]   // the largest
    [InlineData(0.1d, 3)]    // the smallest
    public void NearestRank_SixDurations_IsTheValueAtTheRoundedUpRank(double percentile, int expected)
    {
        int[] days = [41, 3, 20, 7, 10, 5];

        var value = Percentiles.NearestRank(days, percentile);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void NearestRank_NinetiethOfTen_IsTheNinthNotTheTenth()
    {
        int[] days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        var value = Percentiles.NearestRank(days, 90d);

        Assert.Equal(9, value);
    }

    [Fact]
    public void NearestRank_Empty_Throws()
    {
        Assert.Throws<ArgumentException>("values", () => Percentiles.NearestRank([], 50d));
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-1d)]
    [InlineData(100.5d)]
    [InlineData(double.NaN)]
    public void NearestRank_PercentileOutOfRange_Throws(double percentile)
    {
        Assert.Throws<ArgumentOutOfRangeException>(nameof(percentile), () => Percentiles.NearestRank([1], percentile));
    }

    [Fact]
    public void NearestRank_AnySample_IsAValueOfTheSampleAndMeetsTheRankDefinition()
    {
        Properties.Check(Arbitraries.PercentileCaseGen.ToArbitrary(), c =>
        {
            var value = Percentiles.NearestRank(c.Values, c.P);

            // Nearest rank, stated without sorting: at least p% of the values are at or below the result, and fewer
            // than p% are strictly below it.
            Assert.Contains(value, c.Values);
            var share = (decimal)c.P / 100m * c.Values.Length;
            Assert.True(c.Values.Count(v => v <= value) >= share);
            Assert.True(c.Values.Count(v => v < value) < share);
        });
    }

    [Fact]
    public void NearestRank_AnySample_IsMonotoneInThePercentile()
    {
        Properties.Check(Arbitraries.PercentileCaseGen.ToArbitrary(), c =>
        {
            var (low, high) = c.P <= c.Q ? (c.P, c.Q) : (c.Q, c.P);

            Assert.True(Percentiles.NearestRank(c.Values, low) <= Percentiles.NearestRank(c.Values, high));
        });
    }
}
