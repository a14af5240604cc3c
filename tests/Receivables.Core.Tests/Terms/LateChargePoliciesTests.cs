using System.Globalization;
using FsCheck.Fluent;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Terms;

public class LateChargePoliciesTests
{
    private static readonly RateTable BaseRates2025 = RateTable.Create(
    [
        new(new DateOnly(2025, 1, 1), 4.75m),
        new(new DateOnly(2025, 7, 1), 4.25m),
    ]);

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Money Gbp(decimal amount) => new(amount, Currency.GBP);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    // gov.uk, "Late commercial payments: charging interest and debt recovery" (charging-interest-commercial-debt): owed
    // £1,000, base rate 0.5%: annual interest £85, daily 23p (85 / 365 = 0.23), after 50 days £11.50 (50 x 0.23).
    [Fact]
    public void UkLatePayment_GovUkWorkedExample_RoundsDailyInterestToPence()
    {
        var policy = LateChargePolicies.UkLatePayment(RateTable.Constant(0.5m));

        var charge = policy.Calculate(new LateChargeArguments(Gbp(1000m), D("2026-01-31"), D("2026-03-22")));

        Assert.Equal(Gbp(11.50m), charge.Interest);
        Assert.Equal(Gbp(70m), charge.Compensation);
        Assert.Equal(Gbp(81.50m), charge.Total);
        var period = Assert.Single(charge.Periods);
        Assert.Equal(50, period.Days);
        Assert.Equal(8.5m, period.AnnualPercent);
    }

    [Fact]
    public void UkLatePayment_NotRoundingDaily_RoundsTheExactSumOnce()
    {
        var policy = LateChargePolicies.UkLatePayment(RateTable.Constant(0.5m), roundDailyInterest: false);

        var charge = policy.Calculate(new LateChargeArguments(Gbp(1000m), D("2026-01-31"), D("2026-03-22")));

        Assert.Equal(Gbp(11.64m), charge.Interest); // 1,000 × 8.5% × 50 / 365 = 11.643…
    }

    // Paidnice help centre, "How to automatically calculate Statutory Interest in the UK": £5,000, base rate 4.25%
    // (12.25% in total), 101 days overdue: £1.68 a day, £169.68 interest, £70 compensation, £239.68 in all.
    [Fact]
    public void UkLatePayment_PaidniceExample_MatchesPublishedTotal()
    {
        var policy = LateChargePolicies.UkLatePayment(RateTable.Constant(4.25m));

        var charge = policy.Calculate(new LateChargeArguments(Gbp(5000m), D("2025-06-01"), D("2025-09-10")));

        Assert.Equal(Gbp(169.68m), charge.Interest);
        Assert.Equal(Gbp(239.68m), charge.Total);
    }

    [Theory]
    [InlineData(999.99, 40)]
    [InlineData(1000, 70)]
    [InlineData(9999.99, 70)]
    [InlineData(10000, 100)]
    [InlineData(250000, 100)]
    public void UkLatePayment_FixedSum_ByDebtSize(decimal debt, decimal expected)
    {
        var policy = LateChargePolicies.UkLatePayment(RateTable.Constant(4m));

        var charge = policy.Calculate(new LateChargeArguments(Gbp(debt), D("2026-01-31"), D("2026-02-01")));

        Assert.Equal(Gbp(expected), charge.Compensation);
    }

    // Late Payment of Commercial Debts (Interest) Act 1998, s. 4(2) (legislation.gov.uk/ukpga/1998/20/section/4):
    // "Statutory interest starts to run on the day after the relevant day for the debt, at the rate prevailing under
    // section 6 at the end of the relevant day." The relevant day is the agreed payment day, so a debt due on 30 June
    // keeps the first half-year's reference rate (4.75% + 8%), and one due on 31 December the second's (4.25% + 8%).
    // Regression: the rate used to be read on the day after the due date, i.e. the next half-year's.
    [Theory]
    [InlineData("2025-06-30", "2025-07-10", 12.75, 3.50)] // £1,000 × 12.75% / 365 = 0.349 → 35p a day × 10
    [InlineData("2025-07-01", "2025-07-11", 12.25, 3.40)] // first day of the second half-year: 34p a day × 10
    [InlineData("2025-12-31", "2026-01-10", 12.25, 3.40)]
    [InlineData("2026-01-01", "2026-01-11", 11.75, 3.20)] // 1,000 × 11.75% / 365 = 0.322 → 32p × 10
    public void UkLatePayment_DueOnHalfYearBoundary_UsesTheRateInForceOnTheDueDate(string due, string paid, decimal percent, decimal interest)
    {
        var rates = RateTable.Create([new(D("2025-01-01"), 4.75m), new(D("2025-07-01"), 4.25m), new(D("2026-01-01"), 3.75m)]);
        var policy = LateChargePolicies.UkLatePayment(rates);

        var charge = policy.Calculate(new LateChargeArguments(Gbp(1000m), D(due), D(paid)));

        var period = Assert.Single(charge.Periods);
        Assert.Equal(percent, period.AnnualPercent);
        Assert.Equal(Gbp(interest), charge.Interest);
    }

    [Fact]
    public void UkLatePayment_RateFixedWhenInterestStartsToRun()
    {
        var policy = LateChargePolicies.UkLatePayment(BaseRates2025);

        var charge = policy.Calculate(new LateChargeArguments(Gbp(10000m), D("2025-06-20"), D("2025-07-10")));

        var period = Assert.Single(charge.Periods);
        Assert.Equal(12.75m, period.AnnualPercent);
        Assert.Equal(20, period.Days);
        Assert.Equal(Gbp(69.80m), charge.Interest); // 3.49 a day × 20
    }

    [Fact]
    public void UkLatePayment_EuroDebt_Throws()
    {
        var policy = LateChargePolicies.UkLatePayment(RateTable.Constant(4m));

        Assert.Throws<ArgumentException>(() => policy.Calculate(new LateChargeArguments(Eur(100m), D("2026-01-31"), D("2026-02-10"))));
    }

    [Fact]
    public void EuLatePaymentDirective_RateChange_SplitsAtHalfYear()
    {
        var policy = LateChargePolicies.EuLatePaymentDirective(BaseRates2025);

        var charge = policy.Calculate(new LateChargeArguments(Eur(10000m), D("2025-06-20"), D("2025-07-10")));

        Assert.Equal(2, charge.Periods.Count);
        Assert.Equal((D("2025-06-21"), D("2025-06-30"), 10, 12.75m), (charge.Periods[0].First, charge.Periods[0].Last, charge.Periods[0].Days, charge.Periods[0].AnnualPercent));
        Assert.Equal((D("2025-07-01"), D("2025-07-10"), 10, 12.25m), (charge.Periods[1].First, charge.Periods[1].Last, charge.Periods[1].Days, charge.Periods[1].AnnualPercent));
        Assert.Equal(Eur(68.49m), charge.Interest); // 34.9315… + 33.5616… = 68.4931…
        Assert.Equal(Eur(40m), charge.Compensation);
    }

    [Theory]
    [InlineData(DayCount.Actual365, "2026-04-14", 20.00)] // 73 days
    [InlineData(DayCount.Actual360, "2026-04-13", 20.00)] // 72 days
    [InlineData(DayCount.Thirty360, "2026-03-31", 16.67)] // 60 days by 30E/360 (59 actual)
    public void AnnualRate_DayCounts(DayCount dayCount, string paidOn, decimal expected)
    {
        var policy = LateChargePolicies.AnnualRate(10m, dayCount);

        var charge = policy.Calculate(new LateChargeArguments(Eur(1000m), D("2026-01-31"), D(paidOn)));

        Assert.Equal(Eur(expected), charge.Interest);
        Assert.Equal(Eur(0m), charge.Compensation);
    }

    [Fact]
    public void ChinaDefaultDailyRate_PointZeroFivePercentPerDay()
    {
        var policy = LateChargePolicies.ChinaDefaultDailyRate;

        var charge = policy.Calculate(new LateChargeArguments(new Money(10000m, Currency.CNY), D("2026-02-28"), D("2026-03-30")));

        Assert.Equal(new Money(150m, Currency.CNY), charge.Interest);
    }

    [Fact]
    public void ReferenceRatePlus_SplitsAtEveryTableEntry()
    {
        var rates = RateTable.Create([new(D("2026-01-01"), 2m), new(D("2026-02-01"), 3m), new(D("2026-03-01"), 4m)]);
        var policy = LateChargePolicies.ReferenceRatePlus(rates, 1m);

        var charge = policy.Calculate(new LateChargeArguments(Eur(3650m), D("2026-01-21"), D("2026-03-10")));

        Assert.Equal([10, 28, 10], charge.Periods.Select(p => p.Days));
        Assert.Equal([3m, 4m, 5m], charge.Periods.Select(p => p.AnnualPercent));
        Assert.Equal(Eur(19.20m), charge.Interest); // 3,650 × (3% × 10 + 4% × 28 + 5% × 10) / 365 = 3.00 + 11.20 + 5.00
    }

    [Theory]
    [InlineData("2026-01-31")]
    [InlineData("2026-01-15")]
    public void Calculate_PaidOnTime_ChargesNothing(string paidOn)
    {
        var policy = LateChargePolicies.EuLatePaymentDirective(BaseRates2025);

        var charge = policy.Calculate(new LateChargeArguments(Eur(500m), D("2026-01-31"), D(paidOn)));

        Assert.Equal(Eur(0m), charge.Total);
        Assert.Empty(charge.Periods);
    }

    [Fact]
    public void None_ChargesNothing()
    {
        var charge = LateChargePolicies.None.Calculate(new LateChargeArguments(Eur(500m), D("2026-01-31"), D("2026-12-31")));

        Assert.Equal(Eur(0m), charge.Total);
    }

    [Fact]
    public void AnnualRate_Negative_ThrowsNamingPercent()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LateChargePolicies.AnnualRate(-1m));

        Assert.Equal("percent", error.ParamName);
    }

    [Fact]
    public void RateTable_DateBeforeFirstEntry_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BaseRates2025.RateOn(D("2024-12-31")));

        Assert.Equal("date", error.ParamName);
    }

    [Fact]
    public void LateChargeArguments_NegativeOverdue_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LateChargeArguments(Eur(-1m), D("2026-01-31"), D("2026-02-01")));

        Assert.Equal("overdue", error.ParamName);
    }

    [Fact]
    public void PaymentTermLimit_Net90_FlagsInstallment()
    {
        var schedule = TermNotation.Parse("50% NET 30, 50% NET 90").Schedule(Eur(1000m), new TermDates(D("2026-01-31")));

        var violations = PaymentTermLimit.EuBusinessToBusiness.Check(schedule);

        var violation = Assert.Single(violations);
        Assert.Equal(new PaymentTermViolation(2, D("2026-05-01"), 90, 60, PaymentTermLimit.EuBusinessToBusiness.Name), violation);
    }

    [Fact]
    public void PaymentTermLimit_Net60_Complies()
    {
        var schedule = TermNotation.Parse("30% DEPOSIT, 70% NET 60").Schedule(Eur(1000m), new TermDates(D("2026-01-31")));

        var violations = PaymentTermLimit.ChinaLargeEnterpriseToSme.Check(schedule);

        Assert.Empty(violations);
    }

    [Fact]
    public void Calculate_DefaultArguments_ThrowsNamingArguments()
    {
        var error = Assert.Throws<ArgumentException>(() => LateChargePolicies.AnnualRate(5m).Calculate(default));

        Assert.Equal("arguments", error.ParamName);
    }

    // 保障中小企业款项支付条例 (国务院令第802号, gov.cn 2025-03-24): "双方对逾期利息的利率有约定的，约定利率不得低于合同订立时
    // 1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息。"
    [Theory]
    [InlineData(3.0, 3.1, false)]
    [InlineData(3.1, 3.1, true)]
    [InlineData(6.0, 3.1, true)]
    public void CheckChinaSmeLateInterest_AgreedRateAgainstLpr_RefusesOnlyBelowTheFloor(decimal agreed, decimal lpr, bool lawful)
    {
        var reason = PaymentTermLimit.CheckChinaSmeLateInterest(agreed, lpr);

        Assert.Equal(lawful, reason is null);
        if (reason is not null)
        {
            Assert.True(reason.Is(TermsReasonCodes.ChinaSmeRateBelowLpr));
            Assert.Equal((agreed, lpr), (reason.Get<decimal>("agreed"), reason.Get<decimal>("lpr")));
        }
    }

    [Fact]
    public void ChinaSmeLateInterest_NoAgreedRate_IsHalfAPerMilleADay()
    {
        var policy = LateChargePolicies.ChinaSmeLateInterest(null, 3.1m);

        var charge = policy.Calculate(new LateChargeArguments(new Money(10_000m, Currency.CNY), D("2026-03-02"), D("2026-04-01")));

        Assert.Equal(new Money(150m, Currency.CNY), charge.Interest); // 10,000 × 0.05% × 30 days
        Assert.Equal(new Money(24.66m, Currency.CNY), LateChargePolicies.ChinaSmeLateInterest(3.0m, 2.9m)
            .Calculate(new LateChargeArguments(new Money(10_000m, Currency.CNY), D("2026-03-02"), D("2026-04-01"))).Interest); // 10,000 × 3% × 30 / 365
        Assert.Equal("agreedAnnualPercent", Assert.Throws<ArgumentOutOfRangeException>(() => LateChargePolicies.ChinaSmeLateInterest(3.0m, 3.1m)).ParamName);
    }

    [Fact]
    public void ByCustomer_ArgumentsWithoutCustomer_ChargedUnderOtherwise()
    {
        var policy = LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy> { [new("C-1")] = LateChargePolicies.None }, LateChargePolicies.AnnualRate(10m));

        // 1,000.00 at 10 % actual/365 for 73 days = 20.00.
        var anonymous = policy.Calculate(new LateChargeArguments(Eur(1000m), D("2026-01-31"), D("2026-04-14")));
        var exempt = policy.Calculate(new LateChargeArguments(Eur(1000m), D("2026-01-31"), D("2026-04-14")) { Customer = new CustomerId("C-1") });

        Assert.Equal(Eur(20m), anonymous.Interest);
        Assert.Equal(Eur(0m), exempt.Interest);
    }

    [Fact]
    public void ByCustomer_SourceChangedAfterwards_PolicyKeepsItsCopy()
    {
        var map = new Dictionary<CustomerId, ILateChargePolicy> { [new("C-1")] = LateChargePolicies.None };
        var policy = LateChargePolicies.ByCustomer(map, LateChargePolicies.AnnualRate(10m));
        map[new("C-1")] = LateChargePolicies.AnnualRate(50m);

        var charge = policy.Calculate(new LateChargeArguments(Eur(1000m), D("2026-01-31"), D("2026-04-14")) { Customer = new CustomerId("C-1") });

        Assert.Equal(Eur(0m), charge.Interest);
    }

    [Fact]
    public void ByCurrency_CurrencyNotNamed_ChargesNothingByDefault()
    {
        var policy = LateChargePolicies.ByCurrency(new Dictionary<Currency, ILateChargePolicy> { [Currency.CNY] = LateChargePolicies.ChinaDefaultDailyRate });

        var charge = policy.Calculate(new LateChargeArguments(Gbp(1000m), D("2026-01-31"), D("2026-04-14")));

        Assert.Equal((Gbp(0m), Gbp(0m)), (charge.Interest, charge.Compensation));
        Assert.Equal("by currency (CNY: daily rate)", policy.ToString());
    }

    [Fact]
    public void ByCustomerAndByCurrency_BadEntries_ThrowNamingPolicies()
    {
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => LateChargePolicies.ByCurrency(null!)).ParamName);
        Assert.Equal("otherwise", Assert.Throws<ArgumentNullException>(() => LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy>(), null!)).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentException>(() => LateChargePolicies.ByCurrency(new Dictionary<Currency, ILateChargePolicy> { [Currency.EUR] = null! })).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentException>(() => LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy> { [default] = LateChargePolicies.None }, LateChargePolicies.None)).ParamName);
    }

    [Fact]
    public void ByCustomerThenByCurrency_AnyArguments_SameAsThePolicyTheEntriesName()
    {
        // Oracle: pick the policy by hand from the same table and ask it directly.
        var eight = LateChargePolicies.AnnualRate(8m);
        var daily = LateChargePolicies.ChinaDefaultDailyRate;
        var twelve = LateChargePolicies.AnnualRate(12m);
        var perCurrency = LateChargePolicies.ByCurrency(new Dictionary<Currency, ILateChargePolicy> { [Currency.EUR] = eight, [Currency.CNY] = daily });
        var policy = LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy> { [new("C-1")] = LateChargePolicies.None, [new("C-2")] = twelve }, perCurrency);
        var currencies = new[] { Currency.EUR, Currency.CNY, Currency.GBP };
        var arguments =
            (from cents in Gen.Choose(0, 100_000_000)
             from currency in Gen.Elements(currencies)
             from due in Gen.Choose(0, 800)
             from late in Gen.Choose(-30, 800)
             from customer in Gen.Elements("C-1", "C-2", "C-3", "")
             select new LateChargeArguments(new Money(cents / 100m, currency), D("2025-01-01").AddDays(due), D("2025-01-01").AddDays(due + late))
             {
                 Customer = customer.Length == 0 ? null : new CustomerId(customer),
             }).ToArbitrary();

        Properties.Check(arguments, a =>
        {
            var chosen = a.Customer?.Value switch
            {
                "C-1" => LateChargePolicies.None,
                "C-2" => twelve,
                _ => a.Overdue.Currency == Currency.EUR ? eight : a.Overdue.Currency == Currency.CNY ? daily : LateChargePolicies.None,
            };
            var expected = chosen.Calculate(a);
            var actual = policy.Calculate(a);

            Assert.Equal((expected.Interest, expected.Compensation), (actual.Interest, actual.Compensation));
        });
    }
}
