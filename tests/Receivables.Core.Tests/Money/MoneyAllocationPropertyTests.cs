using FsCheck.Fluent;
using Receivables.Tests.Support;

namespace Receivables.Tests;


public class MoneyAllocationPropertyTests
{
    [Fact]
    public void Allocate_ByRatios_PartsSumToTotal()
    {
        var gen = from money in Arbitraries.MoneyGen
                  from ratios in Arbitraries.RatiosGen
                  from policy in Arbitraries.RemainderPolicyGen
                  select (money, ratios, policy);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var parts = x.money.Allocate(x.ratios, x.policy);

            Assert.Equal(x.ratios.Length, parts.Length);
            Assert.Equal(x.money.Amount, parts.Sum(p => p.Amount));
            Assert.All(parts, p => Assert.True(p.IsRounded));
            Assert.All(parts, p => Assert.Equal(x.money.Currency, p.Currency));
        });
    }

    [Fact]
    public void Allocate_LargestRemainder_EachPartWithinOneMinorUnitOfExactShare()
    {
        var gen = from money in Arbitraries.MoneyGen
                  from ratios in Arbitraries.RatiosGen
                  select (money, ratios);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var parts = x.money.Allocate(x.ratios);

            var sum = x.ratios.Sum();
            for (var i = 0; i < parts.Length; i++)
            {
                var exact = x.money.Amount * x.ratios[i] / sum;
                Assert.True(Math.Abs(parts[i].Amount - exact) < x.money.Currency.MinorUnit, $"part {i}: {parts[i]} vs exact {exact}");
            }
        });
    }

    [Fact]
    public void Allocate_ByCount_PartsDifferByAtMostOneMinorUnit()
    {
        var gen = from money in Arbitraries.MoneyGen
                  from count in Gen.Choose(1, 50)
                  select (money, count);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var parts = x.money.Allocate(x.count);

            Assert.Equal(x.money.Amount, parts.Sum(p => p.Amount));
            Assert.True(parts.Max(p => p.Amount) - parts.Min(p => p.Amount) <= x.money.Currency.MinorUnit);
        });
    }

    [Fact]
    public void Allocate_ZeroRatio_GetsNothingUnderLargestRemainder()
    {
        var gen = from money in Arbitraries.MoneyGen
                  from ratios in Arbitraries.RatiosGen.Where(r => r.Any(v => v == 0m))
                  select (money, ratios);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var parts = x.money.Allocate(x.ratios);

            for (var i = 0; i < parts.Length; i++)
            {
                if (x.ratios[i] == 0m)
                {
                    Assert.True(parts[i].IsZero);
                }
            }
        });
    }
}
