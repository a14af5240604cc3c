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

    [Fact]
    public void LargestRemainder_AnySharesWithTies_MatchesFloorsThenLargestFractionsFirst()
    {
        // Shares with many equal fractions (ratios from a small set), so the tie-break (the earlier part) decides.
        var gen = from count in Gen.Choose(1, 40)
                  from ratios in Gen.ArrayOf(Gen.Elements(1m, 1m, 2m, 3m, 7m), count)
                  from units in Gen.Choose(0, 100_000)
                  from currency in Gen.Elements(Currency.EUR, Currency.JPY, Currency.FromCode("KWD"))
                  select (ratios, Total: units * currency.MinorUnit, currency);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var sum = x.ratios.Sum();
            var shares = x.ratios.Select(r => x.Total * r / sum).ToArray();
            var parts = new decimal[shares.Length];
            RemainderPolicies.LargestRemainder.Distribute(new RemainderArguments(x.currency, x.Total, shares, parts));

            // Oracle, written plainly: every share rounded down to the minor unit, then one minor unit each to the
            // largest fractions, equal fractions in part order.
            var unit = x.currency.MinorUnit;
            var floors = shares.Select(share => Math.Floor(share / unit) * unit).ToArray();
            var order = Enumerable.Range(0, shares.Length).OrderByDescending(i => shares[i] - floors[i]).ThenBy(i => i).ToArray();
            var leftover = (int)((x.Total - floors.Sum()) / unit);
            for (var k = 0; k < leftover; k++)
            {
                floors[order[k % order.Length]] += unit;
            }

            Assert.Equal(floors, parts);
        });
    }

    [Fact]
    public void IsWhole_AnyDecimalAndDigits_SameAsRounding()
    {
        // The scale shortcut of Arithmetic.IsWhole (Money.IsRounded and every whole-minor-unit check) against rounding.
        var gen = from mantissa in Gen.Choose(int.MinValue, int.MaxValue)
                  from scale in Gen.Choose(0, 12)
                  from zeros in Gen.Choose(0, 3)
                  from digits in Gen.Choose(0, 4)
                  select (Value: new decimal((int)(Math.Abs((long)mantissa) * (long)Math.Pow(10, zeros) % int.MaxValue), 0, 0, mantissa < 0, (byte)scale), digits);

        Properties.Check(gen.ToArbitrary(), x => Assert.Equal(decimal.Round(x.Value, x.digits) == x.Value, Arithmetic.IsWhole(x.Value, x.digits)));
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
