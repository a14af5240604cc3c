using System.Globalization;
using Receivables.Terms;

namespace Receivables.Tests.Terms;

public class PaymentTermTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    // ERPNext user manual, "Payment Terms": "Day(s) after invoice date … if 7 is entered on date 20th, the due date will be
    // 27"; "Day(s) after the end of the invoice month … if 7 is entered … and the last day of the month is 30th, the due
    // date will be the 7th of the next month."
    [Fact]
    public void Schedule_ErpNextManualExamples_SevenDays()
    {
        var afterInvoice = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(7)));
        var afterMonthEnd = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.EndOfMonthPlusDays(7)));

        var a = afterInvoice.Schedule(Eur(100m), new TermDates(D("2026-04-20")));
        var b = afterMonthEnd.Schedule(Eur(100m), new TermDates(D("2026-04-20")));

        Assert.Equal(D("2026-04-27"), a.Installments[0].DueDate);
        Assert.Equal(D("2026-05-07"), b.Installments[0].DueDate);
    }

    [Fact]
    public void Schedule_TwoTenNetThirty_OffersTwoPercentForTenDays()
    {
        var term = TermNotation.Parse("2/10 NET 30");

        var schedule = term.Schedule(Eur(1000m), new TermDates(D("2026-01-31")));

        var line = Assert.Single(schedule.Installments);
        Assert.Equal(Eur(1000m), line.Amount);
        Assert.Equal(D("2026-03-02"), line.DueDate);
        var offer = Assert.Single(line.Discounts);
        Assert.Equal(new SettlementDiscount(D("2026-02-10"), Eur(20m)), offer);
        Assert.Equal(Eur(980m), line.AmountToSettle(D("2026-02-10")));
        Assert.Equal(Eur(1000m), line.AmountToSettle(D("2026-02-11")));
    }

    [Fact]
    public void Schedule_TwoTiers_BestOpenTierApplies()
    {
        var term = TermNotation.Parse("3/10 2/20 NET 45");

        var line = term.Schedule(Eur(1000m), new TermDates(D("2026-03-01"))).Installments[0];

        Assert.Equal(D("2026-04-15"), line.DueDate);
        Assert.Equal([new SettlementDiscount(D("2026-03-11"), Eur(30m)), new SettlementDiscount(D("2026-03-21"), Eur(20m))], line.Discounts);
        Assert.Equal(Eur(970m), line.AmountToSettle(D("2026-03-11")));
        Assert.Equal(Eur(980m), line.AmountToSettle(D("2026-03-12")));
        Assert.Equal(Eur(1000m), line.AmountToSettle(D("2026-03-22")));
    }

    [Fact]
    public void AmountToSettle_PartlyPaid_DiscountsTheRestProRata()
    {
        var line = TermNotation.Parse("2/10 NET 30").Schedule(Eur(1000m), new TermDates(D("2026-01-31"))).Installments[0];

        var toPay = line.AmountToSettle(D("2026-02-05"), Eur(400m));

        Assert.Equal(Eur(588m), toPay); // rest 600.00 less 2% of 600.00
    }

    [Fact]
    public void AmountToSettle_FullyPaid_IsZero()
    {
        var line = TermNotation.Parse("2/10 NET 30").Schedule(Eur(1000m), new TermDates(D("2026-01-31"))).Installments[0];

        var toPay = line.AmountToSettle(D("2026-02-05"), Eur(1000m));

        Assert.Equal(Eur(0m), toPay);
    }

    [Fact]
    public void AmountToSettle_OverPaid_Throws()
    {
        var line = PaymentTerm.Net(30).Schedule(Eur(100m), new TermDates(D("2026-01-31"))).Installments[0];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => line.AmountToSettle(D("2026-02-05"), Eur(100.01m)));

        Assert.Equal("alreadyPaid", error.ParamName);
    }

    [Fact]
    public void Schedule_DiscountGraceDays_ExtendPayBy()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(30), DiscountTier.Within(2m, 10, graceDays: 3)));

        var line = term.Schedule(Eur(500m), new TermDates(D("2026-01-31"))).Installments[0];

        Assert.Equal(D("2026-02-13"), line.Discounts[0].PayBy);
        Assert.Equal(Eur(490m), line.AmountToSettle(D("2026-02-13")));
    }

    [Fact]
    public void Schedule_DiscountNetOfTax_UsesAmountWithoutTax()
    {
        var term = TermNotation.Parse("2/10 NET 30").WithDiscountBase(DiscountBase.NetOfTax);

        var line = term.Schedule(Eur(1190m), new TermDates(D("2026-01-31")), tax: Eur(190m)).Installments[0];

        Assert.Equal(Eur(20m), line.Discounts[0].Discount);
        Assert.Equal(Eur(190m), line.Tax);
    }

    [Fact]
    public void Schedule_DiscountRoundsToMinorUnits()
    {
        var line = TermNotation.Parse("2.5/10 NET 30").Schedule(Eur(33.33m), new TermDates(D("2026-01-31"))).Installments[0];

        Assert.Equal(Eur(0.83m), line.Discounts[0].Discount); // 0.83325 → 0.83
    }

    [Fact]
    public void Schedule_DepositAndBalance_DepositDueOnOrderDate()
    {
        var term = TermNotation.Parse("30% DEPOSIT, 70% NET 60");
        var dates = new TermDates(D("2026-01-31")) { OrderDate = D("2026-01-10") };

        var schedule = term.Schedule(Eur(1000m), dates);

        Assert.Equal([Eur(300m), Eur(700m)], schedule.Installments.Select(i => i.Amount));
        Assert.Equal([D("2026-01-10"), D("2026-04-01")], schedule.Installments.Select(i => i.DueDate));
        Assert.True(schedule.Installments[0].Line.IsDeposit);
        Assert.Equal(D("2026-04-01"), schedule.FinalDueDate);
    }

    [Fact]
    public void Schedule_FixedThenBalance_BalanceTakesRest()
    {
        var term = PaymentTerm.Create(
            InstallmentLine.DepositAmount(Eur(100m)),
            InstallmentLine.Percentage(50m, DueDateRules.NetDays(30)),
            InstallmentLine.Balance(DueDateRules.NetDays(60)));

        var schedule = term.Schedule(Eur(1000.01m), new TermDates(D("2026-01-31")));

        Assert.Equal([Eur(100m), Eur(500.01m), Eur(400m)], schedule.Installments.Select(i => i.Amount));
    }

    [Fact]
    public void Schedule_FixedExceedsTotal_ThrowsNamingTotal()
    {
        var term = PaymentTerm.Create(InstallmentLine.Fixed(Eur(500m), DueDateRules.Immediate), InstallmentLine.Balance(DueDateRules.NetDays(30)));

        var error = Assert.Throws<ArgumentException>(() => term.Schedule(Eur(400m), new TermDates(D("2026-01-31"))));

        Assert.Equal("total", error.ParamName);
    }

    // 100.00 in three lines of 33.33 / 33.33 / 33.34 percent; and 0.15 in 10 / 10 / 80 percent, where the policies differ.
    [Theory]
    [InlineData("LastLine", "0.02,0.02,0.11")]
    [InlineData("LargestRemainder", "0.02,0.01,0.12")]
    [InlineData("WholeUnits", "0.00,0.00,0.15")]
    public void Schedule_ResidualPolicies_SplitDifferentlyButSumToTotal(string policy, string expected)
    {
        var term = TermNotation.Parse("10% NET 10, 10% NET 20, 80% NET 30");
        term = policy switch
        {
            "LastLine" => term.WithResidual(ResidualPolicies.LastLine),
            "LargestRemainder" => term.WithResidual(ResidualPolicies.LargestRemainder),
            _ => term.WithRounding(RoundingPolicies.Cash(1m)),
        };

        var schedule = term.Schedule(Eur(0.15m), new TermDates(D("2026-01-31")));

        Assert.Equal(expected, string.Join(",", schedule.Installments.Select(i => i.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Schedule_LastLineDefault_OdooRoundsEachLineThenLastAbsorbs()
    {
        var term = TermNotation.Parse("30% NET 30, 70% NET 60");

        var schedule = term.Schedule(Eur(1000.05m), new TermDates(D("2026-01-31")));

        Assert.Same(ResidualPolicies.LastLine, term.Residual);
        Assert.Equal([Eur(300.02m), Eur(700.03m)], schedule.Installments.Select(i => i.Amount));
    }

    [Fact]
    public void Schedule_WholeUnits_LastLineTakesCents()
    {
        var term = TermNotation.Parse("30% NET 30, 70% NET 60").WithRounding(RoundingPolicies.Cash(1m));

        var schedule = term.Schedule(Eur(1000.50m), new TermDates(D("2026-01-31")));

        Assert.Equal([Eur(300m), Eur(700.50m)], schedule.Installments.Select(i => i.Amount));
    }

    [Fact]
    public void Schedule_ZeroDecimalCurrency_SplitsInWholeYen()
    {
        var term = TermNotation.Parse("50% NET 30, 50% NET 60");

        var schedule = term.Schedule(new Money(1001m, Currency.JPY), new TermDates(D("2026-01-31")));

        Assert.Equal([501m, 500m], schedule.Installments.Select(i => i.Amount.Amount));
    }

    [Fact]
    public void Schedule_DeliveryBaseline_CountsFromDelivery()
    {
        var term = PaymentTerm.Net(30).WithBaseline(TermBaseline.DeliveryDate);

        var schedule = term.Schedule(Eur(10m), new TermDates(D("2026-01-31")) { DeliveryDate = D("2026-02-05") });

        Assert.Equal(D("2026-03-07"), schedule.Installments[0].DueDate);
        Assert.Equal(D("2026-02-05"), schedule.Baseline);
    }

    [Fact]
    public void Schedule_PostingBaselineMissing_ThrowsNamingDates()
    {
        var term = PaymentTerm.Net(30).WithBaseline(TermBaseline.PostingDate);

        var error = Assert.Throws<ArgumentException>(() => term.Schedule(Eur(10m), new TermDates(D("2026-01-31"))));

        Assert.Equal("dates", error.ParamName);
    }

    [Fact]
    public void Schedule_FormulaBeforeBaseline_ClampsToBaseline()
    {
        var term = TermNotation.Parse("-CM");

        var schedule = term.Schedule(Eur(10m), new TermDates(D("2026-01-31")));

        Assert.Equal(D("2026-01-31"), schedule.Installments[0].DueDate);
    }

    [Theory]
    [InlineData("50% NET 30, 40% NET 60", "90%, not 100%")]
    [InlineData("50% NET 30, 60% NET 60", "110%, more than 100%")]
    [InlineData("50% NET 30, BALANCE NET 60, BALANCE NET 90", "one balance line")]
    public void Create_BadPercentages_Rejected(string notation, string fragment)
    {
        var error = Assert.Throws<TermsFormatException>(() => TermNotation.Parse(notation));

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FixedWithoutBalance_ReportsEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => PaymentTerm.Create(
            InstallmentLine.Fixed(Eur(100m), DueDateRules.Immediate),
            InstallmentLine.Percentage(50m, DueDateRules.NetDays(30))));

        Assert.Contains("50%, not 100%", error.Message, StringComparison.Ordinal);
        Assert.Contains("fixed amounts needs a balance line", error.Message, StringComparison.Ordinal);
        Assert.Equal("lines", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void Percentage_OutOfRange_ThrowsNamingPercent(decimal percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InstallmentLine.Percentage(percent, DueDateRules.NetDays(30)));

        Assert.Equal("percent", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void DiscountTier_PercentOutOfRange_ThrowsNamingPercent(decimal percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DiscountTier.Within(percent, 10));

        Assert.Equal("percent", error.ParamName);
    }

    [Fact]
    public void DiscountTier_NegativeGraceDays_ThrowsNamingGraceDays()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DiscountTier.Within(2m, 10, -1));

        Assert.Equal("graceDays", error.ParamName);
    }

    [Fact]
    public void Schedule_TaxAboveTotal_ThrowsNamingTax()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PaymentTerm.Net(30).Schedule(Eur(10m), new TermDates(D("2026-01-31")), Eur(11m)));

        Assert.Equal("tax", error.ParamName);
    }

    [Fact]
    public void Schedule_UnroundedTotal_ThrowsNamingTotal()
    {
        var error = Assert.Throws<ArgumentException>(() => PaymentTerm.Net(30).Schedule(Eur(10.005m), new TermDates(D("2026-01-31"))));

        Assert.Equal("total", error.ParamName);
    }

    [Fact]
    public void Equality_SameLines_AreEqual()
    {
        var a = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(30), DiscountTier.Within(2m, 10)));
        var b = TermNotation.Parse("2/10 net 30");

        Assert.Equal(a, b);
        Assert.NotEqual(a, b.WithBaseline(TermBaseline.DeliveryDate));
        Assert.Equal(Currency.EUR, a.Schedule(Eur(1m), new TermDates(D("2026-01-01"))).Total.Currency);
    }
}
