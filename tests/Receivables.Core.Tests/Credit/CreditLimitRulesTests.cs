using Receivables.Credit;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;

namespace Receivables.Tests.Credit;

public class CreditLimitRulesTests
{
    private static CreditLimitArguments Arguments(CreditProfile profile) => new(profile, Scorecard.Default.Score(profile));

    [Fact]
    public void ShareOfSales_TenPercentOfSales_RoundsDownToWholeUnits()
    {
        var profile = CreditTestData.Profile() with { Statements = new FinancialStatements { Sales = 1_234_567.89m } };

        var limit = CreditLimitRules.ShareOfSales(0.1m).Compute(Arguments(profile));

        Assert.Equal(Money.Of(123_456m, "EUR"), limit!.Amount);
    }

    [Fact]
    public void FirstAvailable_NoStatementsNoPurchases_FallsBackToFixed()
    {
        var rule = CreditLimitRules.FirstAvailable(
            CreditLimitRules.ShareOfEquity(0.2m),
            CreditLimitRules.MultipleOfMonthlyPurchases(2m),
            CreditLimitRules.Fixed(Money.Of(5_000m, "EUR")));

        var limit = rule.Compute(Arguments(CreditTestData.Profile()));

        Assert.True(limit!.Basis.Is(CreditReasonCodes.LimitFixed));
        Assert.Equal(Money.Of(5_000m, "EUR"), limit.Basis.Get<Money>("amount"));
    }

    [Fact]
    public void MultipleOfMonthlyPurchases_TwoMonths_UsesTwelveMonthAverage()
    {
        var profile = CreditTestData.Profile() with { InvoicedLast12Months = Money.Of(240_000m, "EUR") };

        var limit = CreditLimitRules.MultipleOfMonthlyPurchases(2m).Compute(Arguments(profile));

        Assert.Equal(Money.Of(40_000m, "EUR"), limit!.Amount);
    }

    [Fact]
    public void ShareOfEquity_NegativeEquity_GivesZero()
    {
        var profile = CreditTestData.Profile() with { Statements = new FinancialStatements { BookEquity = -50_000m } };

        var limit = CreditLimitRules.ShareOfEquity(0.2m).Compute(Arguments(profile));

        Assert.True(limit!.Amount.IsZero);
    }

    [Fact]
    public void Fixed_OtherCurrency_ThrowsCurrencyMismatch()
    {
        Assert.Throws<CurrencyMismatchException>(() => CreditLimitRules.Fixed(Money.Of(1m, "USD")).Compute(Arguments(CreditTestData.Profile())));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void ShareOfEquity_ShareOutsideZeroToOne_Throws(double share)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditLimitRules.ShareOfEquity((decimal)share));
    }
}
