using System.Globalization;
using Receivables.Terms;
using Receivables.Terms.Billing;

namespace Receivables.Tests.Terms.Billing;

public class BillingContractTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Money Cny(decimal amount) => new(amount, Currency.CNY);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static string Dates(BillingLine line) => $"{line.Period.Start:yyyy-MM-dd}..{line.Period.End:yyyy-MM-dd}";

    [Fact]
    public void Schedule_StartMidMonthAnchorFirst_ProratesFirstMonthBy17Of31()
    {
        var contract = BillingContract.Create(D("2026-01-15"), Cny(1_000.00m), BillingFrequency.Monthly, end: D("2026-12-31"), anchorDay: 1);

        var schedule = contract.Schedule();

        Assert.Equal(12, schedule.Lines.Count);
        var first = schedule.Lines[0];
        Assert.Equal("2026-01-15..2026-01-31", Dates(first));
        Assert.Equal((17, 31), (first.Period.ProrationDays, first.Period.ProrationBasis));
        Assert.Equal((D("2026-01-01"), D("2026-01-31")), (first.Period.FullStart, first.Period.FullEnd));
        Assert.Equal(Cny(548.39m), first.Amount); // 1,000.00 × 17 / 31 = 548.387…
        Assert.True(first.Reason.Is(BillingReasonCodes.ProratedPeriod));
        Assert.Equal("2026-02-01..2026-02-28", Dates(schedule.Lines[1]));
        Assert.All(schedule.Lines.Skip(1), l => Assert.Equal(Cny(1_000.00m), l.Amount));
        Assert.All(schedule.Lines.Skip(1), l => Assert.True(l.Reason.Is(BillingReasonCodes.FullPeriod)));
        Assert.Equal(Cny(11_548.39m), schedule.Total);
        Assert.Equal(Cny(11_548.39m), contract.ContractValue);
    }

    [Fact]
    public void Schedule_AnchorDay31_BillsOnMonthEndsCappedInFebruary()
    {
        var contract = BillingContract.Create(D("2026-01-31"), Cny(100.00m), BillingFrequency.Monthly);

        var schedule = contract.Schedule(through: D("2026-05-31"));

        Assert.Equal(31, contract.AnchorDay);
        Assert.Equal(
            ["2026-01-31..2026-02-27", "2026-02-28..2026-03-30", "2026-03-31..2026-04-29", "2026-04-30..2026-05-30", "2026-05-31..2026-06-29"],
            schedule.Lines.Select(Dates));
        Assert.All(schedule.Lines, l => Assert.Equal(Cny(100.00m), l.Amount));
    }

    [Fact]
    public void Schedule_AnchorDay31InLeapYear_BillsOn29February()
    {
        var contract = BillingContract.Create(D("2024-01-31"), Cny(100.00m), BillingFrequency.Monthly);

        var schedule = contract.Schedule(through: D("2024-03-31"));

        Assert.Equal(["2024-01-31..2024-02-28", "2024-02-29..2024-03-30", "2024-03-31..2024-04-29"], schedule.Lines.Select(Dates));
    }

    [Fact]
    public void Schedule_YearlyFromLeapDay_BillsOn28FebruaryInCommonYears()
    {
        var contract = BillingContract.Create(D("2024-02-29"), Eur(1_200.00m), BillingFrequency.Yearly, end: D("2028-02-28"));

        var schedule = contract.Schedule();

        Assert.Equal(
            ["2024-02-29..2025-02-27", "2025-02-28..2026-02-27", "2026-02-28..2027-02-27", "2027-02-28..2028-02-28"],
            schedule.Lines.Select(Dates));
        Assert.All(schedule.Lines, l => Assert.True(l.Period.IsFull));
        Assert.Equal(Eur(4_800.00m), schedule.Total);
    }

    [Fact]
    public void Schedule_OneYearContractOverTwoFebruaries_StubsShareOneMonthExactly()
    {
        // 15 Feb 2027 – 14 Feb 2028 is exactly twelve months, so it costs 12 × 1,000.00. The stubs are 14/28 and 14/29 of a
        // month (0.98 of a month together); they share the one month the eleven full months leave, by largest remainder.
        var contract = BillingContract.Create(D("2027-02-15"), Eur(1_000.00m), BillingFrequency.Monthly, end: D("2028-02-14"), anchorDay: 1);

        var schedule = contract.Schedule();

        Assert.Equal(13, schedule.Lines.Count);
        Assert.Equal(("2027-02-15..2027-02-28", Eur(508.77m)), (Dates(schedule.Lines[0]), schedule.Lines[0].Amount));
        Assert.Equal(("2028-02-01..2028-02-14", Eur(491.23m)), (Dates(schedule.Lines[^1]), schedule.Lines[^1].Amount));
        Assert.Equal((14, 29), (schedule.Lines[^1].Period.ProrationDays, schedule.Lines[^1].Period.ProrationBasis));
        Assert.True(schedule.Lines[0].Reason.Is(BillingReasonCodes.ContractRest));
        Assert.Equal(Eur(1_000.00m), schedule.Lines[0].Reason.Get<Money>("rest"));
        Assert.Equal(Eur(12_000.00m), schedule.Total);
        Assert.Equal(Eur(12_000.00m), contract.ContractValue);
    }

    [Fact]
    public void Schedule_WholeContractWithCappedThirty360Stub_StubsShareOnePrice()
    {
        // Found by the property Schedule_AnyContractWithEnd_AmountsSumToTheContractValue. 29 Sep 2023 – 28 Mar 2024 is
        // exactly six months, so it costs 6 × 44,625.16 = 267,750.96. Billing on the 30th, the stubs are 29 September
        // (1/30) and 29 February – 28 March, which 30E/360 counts as 30 days, capped at 30/30: the fractions add up to
        // 31/30 of a month, more than the one month the five full periods leave. The stubs are not full periods, so they
        // share that month in proportion 1 : 30 instead of the last one costing the whole price.
        var contract = BillingContract.Create(
            D("2023-09-29"), Eur(44_625.16m), BillingFrequency.Monthly, end: D("2024-03-28"), anchorDay: 30, proration: ProrationConvention.Thirty360);

        var lines = contract.Schedule().Lines;

        Assert.Equal(7, lines.Count);
        Assert.Equal(("2023-09-29..2023-09-29", Eur(1_439.52m)), (Dates(lines[0]), lines[0].Amount));
        Assert.Equal(("2024-02-29..2024-03-28", Eur(43_185.64m)), (Dates(lines[^1]), lines[^1].Amount));
        Assert.Equal((30, 30, false), (lines[^1].Period.ProrationDays, lines[^1].Period.ProrationBasis, lines[^1].Period.IsFull));
        Assert.All(lines.Skip(1).Take(5), l => Assert.Equal(Eur(44_625.16m), l.Amount));
        Assert.Equal(Eur(267_750.96m), contract.ContractValue);
        Assert.Equal(Eur(267_750.96m), contract.Schedule().Total);
    }

    [Theory]
    [InlineData("2026-01-15", ProrationConvention.ActualDays, 17, 31, "548.39")]
    [InlineData("2026-01-15", ProrationConvention.Thirty360, 16, 30, "533.33")]
    [InlineData("2026-02-15", ProrationConvention.ActualDays, 14, 28, "500.00")]
    [InlineData("2026-02-15", ProrationConvention.Thirty360, 16, 30, "533.33")]
    [InlineData("2024-02-15", ProrationConvention.ActualDays, 15, 29, "517.24")]
    [InlineData("2026-04-30", ProrationConvention.ActualDays, 1, 30, "33.33")]
    [InlineData("2026-01-31", ProrationConvention.Thirty360, 1, 30, "33.33")]
    public void Schedule_FirstStubUntilThe1st_CountsDaysByConvention(string start, ProrationConvention convention, int days, int basis, string amount)
    {
        var contract = BillingContract.Create(D(start), Cny(1_000.00m), BillingFrequency.Monthly, anchorDay: 1, proration: convention);

        var first = contract.Schedule(through: D(start)).Lines.Single();

        Assert.Equal((days, basis), (first.Period.ProrationDays, first.Period.ProrationBasis));
        Assert.Equal(Cny(decimal.Parse(amount, CultureInfo.InvariantCulture)), first.Amount);
    }

    [Fact]
    public void Schedule_QuarterlyWithStub_ProratesAgainstTheQuarterItBelongsTo()
    {
        var contract = BillingContract.Create(D("2026-01-15"), Cny(3_000.00m), BillingFrequency.Quarterly, end: D("2026-10-31"), anchorDay: 1);

        var schedule = contract.Schedule();

        Assert.Equal(["2026-01-15..2026-01-31", "2026-02-01..2026-04-30", "2026-05-01..2026-07-31", "2026-08-01..2026-10-31"], schedule.Lines.Select(Dates));
        Assert.Equal((D("2025-11-01"), 17, 92), (schedule.Lines[0].Period.FullStart, schedule.Lines[0].Period.ProrationDays, schedule.Lines[0].Period.ProrationBasis));
        Assert.Equal(Cny(554.35m), schedule.Lines[0].Amount); // 3,000.00 × 17 / 92
        Assert.Equal(Cny(9_554.35m), schedule.Total);
    }

    [Fact]
    public void Schedule_EndMidPeriod_ProratesTheLastPeriod()
    {
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1_000.00m), BillingFrequency.Monthly, end: D("2026-03-10"));

        var schedule = contract.Schedule();

        Assert.Equal(["2026-01-01..2026-01-31", "2026-02-01..2026-02-28", "2026-03-01..2026-03-10"], schedule.Lines.Select(Dates));
        Assert.Equal(Cny(322.58m), schedule.Lines[2].Amount); // 10 / 31
        Assert.Equal(Cny(2_322.58m), schedule.Total);
    }

    [Fact]
    public void Schedule_InArrearsWithNet30_InvoicesOnTheLastDayAndDueThirtyDaysLater()
    {
        var contract = BillingContract.Create(
            D("2026-01-01"), Cny(1_000.00m), BillingFrequency.Monthly, end: D("2026-03-31"), timing: BillingTiming.InArrears, paymentTerm: PaymentTerm.Net(30));

        var schedule = contract.Schedule();

        Assert.Equal([D("2026-01-31"), D("2026-02-28"), D("2026-03-31")], schedule.Lines.Select(l => l.InvoiceDate));
        Assert.Equal([D("2026-03-02"), D("2026-03-30"), D("2026-04-30")], schedule.Lines.Select(l => l.DueDate));
        Assert.Equal(Cny(1_000.00m), schedule.Lines[0].Schedule!.Installments.Single().Amount);
    }

    [Fact]
    public void Schedule_InAdvanceWithDefaultTerm_IsDueOnThePeriodStart()
    {
        var contract = BillingContract.Create(D("2026-01-15"), Cny(1_000.00m), BillingFrequency.Monthly, anchorDay: 1);

        var schedule = contract.Schedule(through: D("2026-03-01"));

        Assert.Equal([D("2026-01-15"), D("2026-02-01"), D("2026-03-01")], schedule.Lines.Select(l => l.InvoiceDate));
        Assert.Equal([D("2026-01-15"), D("2026-02-01"), D("2026-03-01")], schedule.Lines.Select(l => l.DueDate));
        Assert.Null(contract.ContractValue);
    }

    [Fact]
    public void Schedule_TermWithInstallments_SplitsEachCharge()
    {
        var term = PaymentTerm.Create(InstallmentLine.Percentage(50m, DueDateRules.NetDays(0)), InstallmentLine.Balance(DueDateRules.EndOfMonthPlusDays(15)));
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1_000.00m), BillingFrequency.Monthly, end: D("2026-01-31"), paymentTerm: term);

        var line = contract.Schedule().Lines.Single();

        Assert.Equal([Cny(500.00m), Cny(500.00m)], line.Schedule!.Installments.Select(i => i.Amount));
        Assert.Equal(D("2026-02-15"), line.DueDate);
    }

    [Fact]
    public void Schedule_HorizonBeforeEnd_GivesAPrefixOfTheFullSchedule()
    {
        var contract = BillingContract.Create(D("2027-02-15"), Eur(1_000.00m), BillingFrequency.Monthly, end: D("2028-02-14"), anchorDay: 1);

        var prefix = contract.Schedule(through: D("2027-04-01"));

        Assert.Equal(contract.Schedule().Lines.Take(3).Select(l => (Dates(l), l.Amount, l.InvoiceDate)), prefix.Lines.Select(l => (Dates(l), l.Amount, l.InvoiceDate)));
        Assert.Equal(D("2027-04-01"), prefix.Through);
    }

    [Fact]
    public void Change_UpgradeOn10March_CreditsOldAndChargesNewPriceFor22Of31Days()
    {
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1_000.00m), BillingFrequency.Monthly, paymentTerm: PaymentTerm.Net(10));

        var result = contract.Change(new ContractChange(D("2026-03-10"), Cny(1_500.00m)));

        Assert.Equal("2026-03-10..2026-03-31", Dates(result.Credit));
        Assert.Equal((22, 31), (result.Credit.Period.ProrationDays, result.Credit.Period.ProrationBasis));
        Assert.Equal((BillingLineKind.Credit, Cny(709.68m), Cny(-709.68m)), (result.Credit.Kind, result.Credit.Amount, result.Credit.SignedAmount));
        Assert.Equal((BillingLineKind.Charge, Cny(1_064.52m)), (result.Debit.Kind, result.Debit.Amount));
        Assert.Equal(Cny(354.84m), result.Net); // 500.00 × 22 / 31 = 354.838…
        Assert.Equal((D("2026-03-10"), D("2026-03-10"), D("2026-03-20")), (result.Credit.DueDate, result.Debit.InvoiceDate, result.Debit.DueDate));
        Assert.True(result.Credit.Reason.Is(BillingReasonCodes.ChangeCredit));
        Assert.True(result.Debit.Reason.Is(BillingReasonCodes.ChangeDebit));
        Assert.Equal(D("2026-04-01"), result.Continuation!.Start);
        Assert.Equal(Cny(1_500.00m), result.Continuation.Schedule(through: D("2026-04-01")).Lines.Single().Amount);
    }

    [Fact]
    public void Change_DowngradeInFebruary_NetIsACredit()
    {
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1_000.00m), BillingFrequency.Monthly, end: D("2026-02-28"));

        var result = contract.Change(new ContractChange(D("2026-02-20"), Cny(600.00m)));

        Assert.Equal((Cny(321.43m), Cny(192.86m), Cny(-128.57m)), (result.Credit.Amount, result.Debit.Amount, result.Net));
        Assert.Null(result.Continuation);
    }

    [Fact]
    public void Change_OnThePeriodStart_CreditsAndChargesWholePeriods()
    {
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1_000.00m), BillingFrequency.Monthly, proration: ProrationConvention.Thirty360);

        var result = contract.Change(new ContractChange(D("2026-02-01"), Cny(1_200.00m)));

        Assert.Equal((Cny(1_000.00m), Cny(1_200.00m)), (result.Credit.Amount, result.Debit.Amount));
        Assert.True(result.Credit.Period.IsFull);
    }

    [Fact]
    public void Create_EndBeforeStart_ThrowsNamingEnd()
    {
        var ex = Assert.Throws<ArgumentException>(() => BillingContract.Create(D("2026-02-01"), Cny(1m), BillingFrequency.Monthly, end: D("2026-01-31")));

        Assert.Equal("end", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-1)]
    public void Create_AnchorDayOutOfRange_ThrowsNamingAnchorDay(int anchorDay)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(D("2026-01-01"), Cny(1m), BillingFrequency.Monthly, anchorDay: anchorDay));

        Assert.Equal("anchorDay", ex.ParamName);
    }

    [Fact]
    public void Create_ZeroOrNegativePrice_ThrowsNamingPrice()
    {
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(D("2026-01-01"), Cny(0m), BillingFrequency.Monthly)).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(D("2026-01-01"), Cny(-5m), BillingFrequency.Monthly)).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentException>(() => BillingContract.Create(D("2026-01-01"), Cny(1.001m), BillingFrequency.Monthly)).ParamName);
        Assert.Equal("price", Assert.Throws<ArgumentException>(() => BillingContract.Create(D("2026-01-01"), default, BillingFrequency.Monthly)).ParamName);
    }

    [Fact]
    public void Create_UndefinedEnumsOrFixedTerm_ThrowNamingTheField()
    {
        var fixedTerm = PaymentTerm.Create(InstallmentLine.Fixed(Cny(10m), DueDateRules.NetDays(0)), InstallmentLine.Balance(DueDateRules.NetDays(30)));

        Assert.Equal("timing", Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(D("2026-01-01"), Cny(1m), BillingFrequency.Monthly, timing: (BillingTiming)7)).ParamName);
        Assert.Equal("proration", Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(D("2026-01-01"), Cny(1m), BillingFrequency.Monthly, proration: (ProrationConvention)7)).ParamName);
        Assert.Equal("paymentTerm", Assert.Throws<ArgumentException>(() => BillingContract.Create(D("2026-01-01"), Cny(1m), BillingFrequency.Monthly, paymentTerm: fixedTerm)).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => BillingContract.Create(DateOnly.MinValue, Cny(1m), BillingFrequency.Monthly)).ParamName);
    }

    [Fact]
    public void Schedule_OpenEndedWithoutHorizon_ThrowsNamingThrough()
    {
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1m), BillingFrequency.Monthly);

        Assert.Equal("through", Assert.Throws<ArgumentException>(() => contract.Schedule()).ParamName);
        Assert.Equal("through", Assert.Throws<ArgumentOutOfRangeException>(() => contract.Schedule(D("2025-12-31"))).ParamName);
    }

    [Fact]
    public void Change_OutsideContractOrOtherCurrency_Throws()
    {
        var contract = BillingContract.Create(D("2026-01-01"), Cny(1_000m), BillingFrequency.Monthly, end: D("2026-06-30"));

        Assert.Equal("change", Assert.Throws<ArgumentOutOfRangeException>(() => contract.Change(new ContractChange(D("2025-12-31"), Cny(1m)))).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentOutOfRangeException>(() => contract.Change(new ContractChange(D("2026-07-01"), Cny(1m)))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => contract.Change(new ContractChange(D("2026-03-01"), Eur(1m))));
        Assert.Throws<ArgumentNullException>(() => contract.Change(null!));
        Assert.Equal("newPrice", Assert.Throws<ArgumentOutOfRangeException>(() => new ContractChange(D("2026-03-01"), Cny(0m))).ParamName);
    }

    [Fact]
    public void Reason_ProratedLine_HasEnglishAndChineseText()
    {
        var contract = BillingContract.Create(D("2026-01-15"), Cny(1_000.00m), BillingFrequency.Monthly, anchorDay: 1);

        var reason = contract.Schedule(through: D("2026-01-15")).Lines.Single().Reason;

        Assert.Equal("Partial period 2026-01-15 to 2026-01-31: 17 of 31 days (ActualDays) of 1000.00 CNY", reason.Text);
        Assert.Contains("17/31", reason.ToString(ReasonFormatters.Chinese), StringComparison.Ordinal);
    }
}
