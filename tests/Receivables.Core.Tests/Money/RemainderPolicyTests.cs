using FsCheck.Fluent;
using Receivables.Tests.Support;

namespace Receivables.Tests;

/// <summary>Issue 11: the one splitting mechanism. Remainder policies see exact shares through
/// <see cref="RemainderArguments"/>, which a custom policy can be tested with alone.</summary>
public class RemainderPolicyTests
{
    [Fact]
    public void Distribute_CalledWithArgumentsAlone_WritesTheParts()
    {
        var shares = new[] { 33.333m, 33.333m, 33.334m };
        var parts = new decimal[3];

        RemainderPolicies.LargestRemainder.Distribute(new RemainderArguments(Currency.EUR, 100m, shares, parts));

        Assert.Equal([33.33m, 33.33m, 33.34m], parts);
    }

    [Theory]
    [InlineData("LargestRemainder", "0.02,0.01,0.12")]
    [InlineData("LastPart", "0.01,0.01,0.13")]
    [InlineData("FirstPart", "0.02,0.01,0.12")]
    [InlineData("LastAbsorbs", "0.02,0.02,0.11")]
    public void Allocate_CatalogueOnTenTenEighty_SplitsAsDocumented(string name, string expected)
    {
        var policy = name switch
        {
            "LargestRemainder" => RemainderPolicies.LargestRemainder,
            "LastPart" => RemainderPolicies.LastPart,
            "FirstPart" => RemainderPolicies.FirstPart,
            _ => RemainderPolicies.LastAbsorbs(),
        };

        var parts = Money.Of(0.15m, "EUR").Allocate([10m, 10m, 80m], policy);

        Assert.Equal(expected, string.Join(",", parts.Select(p => p.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void LastAbsorbs_RoundingWouldLeaveTheLastNegative_FallsBackToRoundingDown()
    {
        var parts = Money.Of(0.03m, "EUR").Allocate([1m, 1m, 1m, 1m, 1m, 1m], RemainderPolicies.LastAbsorbs(RoundingPolicies.Ceiling));

        Assert.Equal([0m, 0m, 0m, 0m, 0m, 0.03m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_PolicyThatLosesAMinorUnit_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "EUR").Allocate(3, new FloorsOnly()));

        Assert.Contains("add up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastAbsorbs_AnyAmountAndRatios_MatchesRoundEachThenLastTakesTheRest()
    {
        var gen = from money in Arbitraries.MoneyGen
                  from ratios in Arbitraries.RatiosGen
                  select (money, ratios);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var parts = x.money.Allocate(x.ratios, RemainderPolicies.LastAbsorbs());

            // Oracle: Odoo's loop, written independently: round every share but the last half away from zero; the last is the rest.
            var total = Math.Abs(x.money.Amount);
            var digits = x.money.Currency.MinorUnits;
            var sum = x.ratios.Sum();
            var expected = x.ratios.Take(x.ratios.Length - 1).Select(r => Math.Round(total * r / sum, digits, MidpointRounding.AwayFromZero)).ToList();
            var rest = total - expected.Sum();
            if (rest < 0m)
            {
                expected = [.. x.ratios.Take(x.ratios.Length - 1).Select(r => Math.Round(total * r / sum, digits, MidpointRounding.ToZero))];
                rest = total - expected.Sum();
            }

            expected.Add(rest);
            var sign = x.money.Amount < 0m ? -1m : 1m;
            for (var i = 0; i < parts.Length; i++)
            {
                Assert.True(Math.Abs((sign * expected[i]) - parts[i].Amount) <= (i == parts.Length - 1 ? parts.Length : 1) * x.money.Currency.MinorUnit, $"part {i}: {parts[i]} vs {expected[i]}");
            }

            Assert.Equal(x.money.Amount, parts.Sum(p => p.Amount));
        });
    }

    private sealed class FloorsOnly : IRemainderPolicy
    {
        public void Distribute(in RemainderArguments arguments)
        {
            for (var i = 0; i < arguments.Parts.Length; i++)
            {
                arguments.Parts[i] = arguments.Floor(i);
            }
        }
    }
}
