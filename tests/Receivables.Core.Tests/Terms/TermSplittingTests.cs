using System.Globalization;
using FsCheck.Fluent;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms;

/// <summary>Issues 11 and 17: installment and discount amounts through the one splitting mechanism, the term's rounding
/// policy, Odoo 17's last-line rule, company-currency amounts, fixed-amount discounts and the tax split of a discount.</summary>
public class TermSplittingTests
{
    private static readonly TermDates Dates = new(new DateOnly(2026, 1, 31));

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static Money Chf(decimal amount) => new(amount, Currency.FromCode("CHF"));

    // Odoo 17/18 _compute_terms: "The last line is always the balance, no matter the type"; the other lines are a fixed
    // amount or currency.round(total × percent / 100). Regression: a schedule whose fixed lines exceed the remainder was
    // refused; under this rule the last line goes negative instead.
    [Fact]
    public void Schedule_LastLineAnyKind_LastLineAbsorbsAndMayGoNegative()
    {
        var term = PaymentTerm.Create(
            ResidualPolicies.LastLineAnyKind,
            InstallmentLine.Fixed(Eur(500m), DueDateRules.Immediate),
            InstallmentLine.Percentage(100m, DueDateRules.NetDays(30)));

        var schedule = term.Schedule(Eur(300m), Dates);

        Assert.Equal([Eur(500m), Eur(-200m)], schedule.Installments.Select(i => i.Amount));
        Assert.Equal(Eur(-200m), schedule.Installments[1].AmountToSettle(Dates.DocumentDate));
        Assert.Throws<ArgumentException>(() => TermNotation.Parse("EUR 500.00 DEPOSIT, BALANCE NET 30").Schedule(Eur(300m), Dates));
    }

    [Fact]
    public void Schedule_LastLineAnyKind_PercentLinesRoundedLastTakesTheRest()
    {
        var term = TermNotation.Parse("30% NET 10, 30% NET 20, 40% NET 30").WithResidual(ResidualPolicies.LastLineAnyKind);

        var schedule = term.Schedule(Eur(100.05m), Dates);

        Assert.Equal([Eur(30.02m), Eur(30.02m), Eur(40.01m)], schedule.Installments.Select(i => i.Amount));
    }

    [Fact]
    public void Create_FixedWithoutBalance_AllowedOnlyUnderLastLineAnyKind()
    {
        var lines = new[] { InstallmentLine.Fixed(Eur(500m), DueDateRules.Immediate), InstallmentLine.Percentage(100m, DueDateRules.NetDays(30)) };

        Assert.Throws<ArgumentException>(() => PaymentTerm.Create(lines));
        Assert.Equal("residual", Assert.Throws<ArgumentException>(() => PaymentTerm.Create(ResidualPolicies.LastLineAnyKind, lines).WithResidual(ResidualPolicies.LastLine)).ParamName);
        Assert.Throws<ArgumentException>(() => TermNotation.Parse("BALANCE NET 10, EUR 5.00 NET 30").WithResidual(ResidualPolicies.LastLineAnyKind));
    }

    // Odoo 17 _compute_terms with a cash rounding: every line but the balance line is cash rounded, the balance line takes
    // the rest. CHF 100.00 in thirds to the nearest 0.05 → 33.35, 33.35, 33.30; CHF 100.10 rounded up to 0.05 → 33.40,
    // 33.40, 33.30, to the nearest → 33.35, 33.35, 33.40.
    [Theory]
    [InlineData(100.00, "AwayFromZero", "33.35,33.35,33.30")]
    [InlineData(100.10, "Up", "33.40,33.40,33.30")]
    [InlineData(100.10, "AwayFromZero", "33.35,33.35,33.40")]
    public void Schedule_CashRounding_EveryLineButTheLastInSteps(decimal total, string mode, string expected)
    {
        var rounding = RoundingPolicies.Cash(0.05m, mode == "Up" ? MidpointRounding.ToPositiveInfinity : MidpointRounding.AwayFromZero);
        var term = PaymentTerm.Create(
                InstallmentLine.Percentage(100m / 3m, DueDateRules.NetDays(10)),
                InstallmentLine.Percentage(100m / 3m, DueDateRules.NetDays(20)),
                InstallmentLine.Balance(DueDateRules.NetDays(30)))
            .WithRounding(rounding);

        var schedule = term.Schedule(Chf(total), Dates);

        Assert.Equal(expected, string.Join(",", schedule.Installments.Select(i => i.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Schedule_CashRounding_AlsoRoundsDiscounts()
    {
        var term = TermNotation.Parse("2/10 NET 30").WithRounding(RoundingPolicies.Cash(0.05m));

        var schedule = term.Schedule(Chf(123.45m), Dates);

        Assert.Equal(Chf(2.45m), schedule.Installments[0].Discounts[0].Discount); // 2.469 → 2.45
        Assert.False(TermNotation.TryFormat(term, out _));
    }

    // Odoo 17 derives company amounts from the rounded document amounts (company_currency.round(foreign_amount / rate)),
    // the balance line taking the rest.
    [Fact]
    public void CompanyAmounts_FromRoundedDocumentAmounts_LastAbsorbs()
    {
        var schedule = TermNotation.Parse("30% NET 10, 30% NET 20, 40% NET 30").Schedule(new Money(100.01m, Currency.USD), Dates);

        var company = schedule.CompanyAmounts(Eur(91.23m));

        Assert.Equal([Eur(27.37m), Eur(27.37m), Eur(36.49m)], company);
    }

    [Fact]
    public void CompanyAmounts_AnyTerm_AddUpAndFollowTheDocumentAmounts()
    {
        var gen = from term in Arbitraries.NotationTermGen.Where(t => t.Lines.All(l => l.Amount is null))
                  from units in Gen.Choose(1, 10_000_000)
                  from rate in Gen.Choose(1, 100_000)
                  select (term, total: new Money(units / 100m, Currency.USD), rate: rate / 10_000m);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var schedule = x.term.Schedule(x.total, Dates);
            var companyTotal = new Money(Math.Round(x.total.Amount * x.rate, 2, MidpointRounding.AwayFromZero), Currency.EUR);

            var company = schedule.CompanyAmounts(companyTotal);

            Assert.Equal(companyTotal.Amount, company.Sum(c => c.Amount));
            for (var i = 0; i < company.Count - 1; i++)
            {
                var exact = companyTotal.Amount * schedule.Installments[i].Amount.Amount / x.total.Amount;
                Assert.True(Math.Abs(company[i].Amount - exact) <= 0.005m, $"installment {i}: {company[i]} vs exact {exact}");
            }
        });
    }

    // ERPNext Payment Term, Discount Type "Amount": a fixed discount, never more than the installment.
    [Fact]
    public void Schedule_FixedAmountDiscount_OffersTheAmountCappedAtTheLine()
    {
        var term = PaymentTerm.Create(
            InstallmentLine.Percentage(50m, DueDateRules.NetDays(30), DiscountTier.AmountWithin(Eur(25m), 10)),
            InstallmentLine.Percentage(50m, DueDateRules.NetDays(60), DiscountTier.AmountWithin(Eur(25m), 10)));

        var big = term.Schedule(Eur(1000m), Dates);
        var small = term.Schedule(Eur(30m), Dates);

        Assert.Equal(new SettlementDiscount(new DateOnly(2026, 2, 10), Eur(25m)), big.Installments[0].Discounts[0]);
        Assert.Equal(Eur(475m), big.Installments[0].AmountToSettle(new DateOnly(2026, 2, 10)));
        Assert.Equal(Eur(15m), small.Installments[1].Discounts[0].Discount);
        Assert.Null(DiscountTier.Within(2m, 10).Amount);
        Assert.Equal(0m, DiscountTier.AmountWithin(Eur(25m), 10).Percent);
    }

    [Fact]
    public void Schedule_FixedAmountDiscountInAnotherCurrency_Throws()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(100m, DueDateRules.NetDays(30), DiscountTier.AmountWithin(Eur(25m), 10)));

        Assert.Throws<CurrencyMismatchException>(() => term.Schedule(new Money(100m, Currency.USD), Dates));
    }

    // Odoo's early_pay_discount_computation: "included" (On early payment) reduces base and tax, "excluded" (Never) and
    // "mixed" (Always, upon invoice) leave the discount taken at payment net only.
    [Theory]
    [InlineData(DiscountTaxMode.Included, 23.80, 19, 20.00, 3.80)]
    [InlineData(DiscountTaxMode.Included, 10.00, 19, 8.40, 1.60)] // 10 × 19 / 119 = 1.597 → 1.60
    [InlineData(DiscountTaxMode.Included, 10.00, 0, 10.00, 0.00)]
    [InlineData(DiscountTaxMode.Excluded, 23.80, 19, 23.80, 0.00)]
    [InlineData(DiscountTaxMode.Mixed, 23.80, 19, 23.80, 0.00)]
    public void SplitTax_ByRate_NetAndTaxAddUpToTheDiscount(DiscountTaxMode mode, decimal discount, decimal rate, decimal net, decimal tax)
    {
        var offer = new SettlementDiscount(new DateOnly(2026, 2, 10), Eur(discount));

        var split = offer.SplitTax(rate, mode);

        Assert.Equal((Eur(discount), Eur(net), Eur(tax)), (split.Discount, split.Net, split.Tax));
    }

    [Fact]
    public void SplitTax_ByShare_UsesTheInvoicesTaxShare()
    {
        var split = DiscountTaxSplit.ByShare(Eur(20m), Eur(1190m), Eur(190m), DiscountTaxMode.Included);

        Assert.Equal((Eur(16.81m), Eur(3.19m)), (split.Net, split.Tax));
        Assert.Equal("tax", Assert.Throws<ArgumentOutOfRangeException>(() => DiscountTaxSplit.ByShare(Eur(20m), Eur(100m), Eur(190m), DiscountTaxMode.Included)).ParamName);
    }

    [Fact]
    public void SplitTax_AnyDiscountRateAndMode_PartsAddUpAndTaxMatchesTheRate()
    {
        var gen = from cents in Gen.Choose(0, 10_000_000)
                  from rate in Gen.Elements(0m, 5m, 7m, 9m, 13m, 19m, 20m, 21m, 25m)
                  from mode in Gen.Elements(Enum.GetValues<DiscountTaxMode>())
                  select (discount: Eur(cents / 100m), rate, mode);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var split = DiscountTaxSplit.ByRate(x.discount, x.rate, x.mode);

            Assert.Equal(x.discount, split.Net + split.Tax);
            var expectedTax = x.mode == DiscountTaxMode.Included ? Math.Round(x.discount.Amount * x.rate / (100m + x.rate), 2, MidpointRounding.AwayFromZero) : 0m;
            Assert.Equal(expectedTax, split.Tax.Amount);
        });
    }
}
