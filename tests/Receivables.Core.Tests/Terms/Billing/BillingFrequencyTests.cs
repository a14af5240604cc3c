using FsCheck;
using FsCheck.Fluent;
using Receivables.Terms.Billing;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms.Billing;

public class BillingFrequencyTests
{
    [Fact]
    public void Default_IsMonthly()
    {
        var frequency = default(BillingFrequency);

        Assert.Equal((1, BillingFrequency.Monthly, "Monthly"), (frequency.Months, frequency, frequency.ToString()));
    }

    [Fact]
    public void NamedFrequencies_HaveTheirMonths()
    {
        Assert.Equal(
            [1, 3, 6, 12, 18],
            new[] { BillingFrequency.Monthly, BillingFrequency.Quarterly, BillingFrequency.HalfYearly, BillingFrequency.Yearly, BillingFrequency.EveryMonths(18) }.Select(f => f.Months));
        Assert.Equal("Every 18 months", BillingFrequency.EveryMonths(18).ToString());
        Assert.Equal(BillingFrequency.Quarterly, BillingFrequency.EveryMonths(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(121)]
    public void EveryMonths_OutOfRange_ThrowsNamingMonths(int months)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BillingFrequency.EveryMonths(months));

        Assert.Equal("months", ex.ParamName);
    }

    [Fact]
    public void EqualityHashAndComparison_AreConsistentWithMonths()
    {
        var gen = from a in Gen.Choose(1, BillingFrequency.MaxMonths)
                  from b in Gen.Choose(1, BillingFrequency.MaxMonths)
                  select (a, b);

        Properties.Check(gen.ToArbitrary(), pair =>
        {
            var (x, y) = (BillingFrequency.EveryMonths(pair.a), BillingFrequency.EveryMonths(pair.b));

            Assert.Equal(pair.a == pair.b, x == y);
            Assert.Equal(pair.a != pair.b, x != y);
            Assert.Equal(pair.a == pair.b, x.Equals((object)y));
            Assert.Equal(Math.Sign(pair.a.CompareTo(pair.b)), Math.Sign(x.CompareTo(y)));
            Assert.Equal(pair.a < pair.b, x < y);
            Assert.Equal(pair.a > pair.b, x > y);
            Assert.Equal(pair.a <= pair.b, x <= y);
            Assert.Equal(pair.a >= pair.b, x >= y);
            if (x == y)
            {
                Assert.Equal(x.GetHashCode(), y.GetHashCode());
            }
        });
    }
}
