namespace Receivables.Tests;

public class MoneyTests
{
    private static readonly Currency Kwd = Currency.FromCode("KWD");

    [Theory]
    [InlineData("2.345", "2.35", "2.34", "2.34", "2.35", "2.34", "2.35")]
    [InlineData("-2.345", "-2.35", "-2.34", "-2.34", "-2.35", "-2.35", "-2.34")]
    [InlineData("2.355", "2.36", "2.36", "2.35", "2.36", "2.35", "2.36")]
    [InlineData("2.341", "2.34", "2.34", "2.34", "2.35", "2.34", "2.35")]
    [InlineData("2.30", "2.30", "2.30", "2.30", "2.30", "2.30", "2.30")]
    public void Round_EachPolicy_MatchesItsDefinition(string amount, string halfAway, string halfEven, string towardsZero, string awayFromZero, string floor, string ceiling)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.EUR);

        decimal R(IRoundingPolicy p) => money.Round(p).Amount;

        Assert.Equal(decimal.Parse(halfAway, System.Globalization.CultureInfo.InvariantCulture), R(RoundingPolicies.HalfAwayFromZero));
        Assert.Equal(decimal.Parse(halfEven, System.Globalization.CultureInfo.InvariantCulture), R(RoundingPolicies.HalfToEven));
        Assert.Equal(decimal.Parse(towardsZero, System.Globalization.CultureInfo.InvariantCulture), R(RoundingPolicies.TowardsZero));
        Assert.Equal(decimal.Parse(awayFromZero, System.Globalization.CultureInfo.InvariantCulture), R(RoundingPolicies.AwayFromZero));
        Assert.Equal(decimal.Parse(floor, System.Globalization.CultureInfo.InvariantCulture), R(RoundingPolicies.Floor));
        Assert.Equal(decimal.Parse(ceiling, System.Globalization.CultureInfo.InvariantCulture), R(RoundingPolicies.Ceiling));
        Assert.Equal(R(RoundingPolicies.HalfAwayFromZero), money.Round().Amount);
    }

    [Theory]
    [InlineData(1.02, 1.00)]
    [InlineData(1.025, 1.05)]
    [InlineData(1.03, 1.05)]
    [InlineData(1.07, 1.05)]
    [InlineData(1.075, 1.10)]
    [InlineData(-1.03, -1.05)]
    public void Round_CashRoundingToFiveCents_GoesToTheNearestStep(double amount, double expected)
    {
        var money = new Money((decimal)amount, Currency.FromCode("CHF"));

        Assert.Equal((decimal)expected, money.Round(RoundingPolicies.Cash(0.05m)).Amount);
    }

    [Fact]
    public void Round_Yen_HasNoDecimals()
    {
        Assert.Equal(1235m, new Money(1234.5m, Currency.JPY).Round().Amount);
    }

    [Fact]
    public void Round_KuwaitiDinar_HasThreeDecimals()
    {
        Assert.Equal(1.235m, new Money(1.2345m, Kwd).Round().Amount);
    }

    [Fact]
    public void Allocate_HundredEurosInThree_IsCentExact()
    {
        var parts = Money.Of(100m, "EUR").Allocate(3);

        Assert.Equal([33.34m, 33.33m, 33.33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_LastPartPolicy_GivesTheRemainderToTheLastPart()
    {
        var parts = Money.Of(100m, "EUR").Allocate(3, RemainderPolicies.LastPart);

        Assert.Equal([33.33m, 33.33m, 33.34m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_FirstPartPolicy_GivesTheRemainderToTheFirstPart()
    {
        var parts = Money.Of(0.05m, "EUR").Allocate([1m, 1m, 1m], RemainderPolicies.FirstPart);

        Assert.Equal([0.03m, 0.01m, 0.01m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void AllocateByPercentages_ThirtySeventy_OfAnOddAmount()
    {
        var parts = Money.Of(1000.01m, "CNY").AllocateByPercentages([30m, 70m]);

        Assert.Equal([300.00m, 700.01m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_NegativeAmount_MirrorsThePositiveSplit()
    {
        var parts = Money.Of(-100m, "EUR").Allocate(3);

        Assert.Equal([-33.34m, -33.33m, -33.33m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_Yen_SplitsWholeUnits()
    {
        var parts = new Money(1000m, Currency.JPY).Allocate(3);

        Assert.Equal([334m, 333m, 333m], parts.Select(p => p.Amount));
    }

    [Fact]
    public void AllocateByPercentages_NotAddingUpTo100_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Of(100m, "EUR").AllocateByPercentages([30m, 60m]));

        Assert.Equal("percentages", ex.ParamName);
    }

    [Fact]
    public void Allocate_BadRatios_Throw()
    {
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR").Allocate([1m, -1m])).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR").Allocate([0m, 0m])).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => Money.Of(1m, "EUR").Allocate(Array.Empty<decimal>())).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, "EUR").Allocate(0)).ParamName);
    }

    [Fact]
    public void Allocate_UnroundedAmount_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Money.Of(1.005m, "EUR").Allocate(2));

        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void Divide_ThenRoundEachPart_CanLoseACent()
    {
        var third = (Money.Of(100m, "EUR") / 3m).Round();

        Assert.Equal(99.99m, (third + third + third).Amount);
    }

    [Fact]
    public void Arithmetic_MixedCurrencies_ThrowsCurrencyMismatch()
    {
        var eur = Money.Of(1m, "EUR");
        var usd = Money.Of(1m, "USD");

        Assert.Throws<CurrencyMismatchException>(() => eur + usd);
        Assert.Throws<CurrencyMismatchException>(() => eur - usd);
        Assert.Throws<CurrencyMismatchException>(() => eur < usd);
        Assert.Throws<CurrencyMismatchException>(() => eur.CompareTo(usd));
        Assert.False(eur == usd);
    }

    [Fact]
    public void Equality_IsNumeric()
    {
        Assert.Equal(Money.Of(1.0m, "EUR"), Money.Of(1.00m, "EUR"));
        Assert.Equal(Money.Of(1.0m, "EUR").GetHashCode(), Money.Of(1.00m, "EUR").GetHashCode());
    }

    [Fact]
    public void ToString_UsesInvariantCultureAndMinorUnits()
    {
        Assert.Equal("1234.50 EUR", Money.Of(1234.5m, "EUR").ToString());
        Assert.Equal("1235 JPY", Money.Of(1235m, "JPY").ToString());
        Assert.Equal("1.0005 EUR", Money.Of(1.0005m, "EUR").ToString());
    }

    [Fact]
    public void DefaultMoney_ArithmeticThrows()
    {
        Assert.Throws<InvalidOperationException>(() => default(Money) + default(Money));
    }
}
