using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class LateChargeRunTests
{
    private static readonly CustomerId Acme = new("C-1");
    private static readonly ILateChargePolicy EightPercent = LateChargePolicies.AnnualRate(8m);

    // 36,500.00 due 31 January: 8 % a year is 8.00 a day.
    private static ReceivablesLedger OneInvoice()
        => ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-1"), Acme, Money.Of(36_500m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

    [Fact]
    public void Run_OverdueAllPeriod_ChargesEachDayOfThePeriodAsADebitNote()
    {
        var result = LateChargeRun.Run(OneInvoice(), new(2026, 2, 1), new(2026, 2, 28), EightPercent);

        var charge = Assert.Single(result.Documents);
        Assert.Equal((new DocumentId("INV-1/LC/20260201-20260228"), DocumentKind.DebitNote, Money.Of(224m, "EUR")), (charge.Id, charge.Kind, charge.Amount));
        Assert.Equal((new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 28), "INV-1", LateChargeRun.BusinessType), (charge.DocumentDate, charge.DueDate, charge.Reference, charge.BusinessType));
        var line = Assert.Single(result.Lines);
        Assert.True(line.Reason.Is(LedgerReasonCodes.LateChargeInterest));
        Assert.Equal(28, line.Reason.Get<int>("days"));
        Assert.Equal(Money.Of(224m, "EUR"), Assert.Single(result.Totals));
    }

    [Fact]
    public void Run_SamePeriodAgainAfterPosting_ChargesNothingAndSaysWhy()
    {
        var ledger = OneInvoice();
        var first = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), EightPercent);
        ledger = first.PostTo(ledger);

        var again = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), EightPercent);

        Assert.Empty(again.Documents);
        var line = Assert.Single(again.Lines);
        Assert.True(line.Reason.Is(LedgerReasonCodes.LateChargeAlreadyCharged));
        Assert.Equal("INV-1/LC/20260201-20260228", line.Reason.Get<string>("charge"));
    }

    [Fact]
    public void Run_OverlappingPeriod_ChargesOnlyTheUncoveredDays()
    {
        var ledger = LateChargeRun.Run(OneInvoice(), new(2026, 2, 1), new(2026, 2, 28), EightPercent).PostTo(OneInvoice());

        var result = LateChargeRun.Run(ledger, new(2026, 2, 15), new(2026, 3, 10), EightPercent);

        var charge = Assert.Single(result.Documents);
        Assert.Equal((new DocumentId("INV-1/LC/20260301-20260310"), Money.Of(80m, "EUR")), (charge.Id, charge.Amount));
        Assert.Contains(result.Lines, l => l.Reason.Is(LedgerReasonCodes.LateChargeAlreadyCharged) && l.First == new DateOnly(2026, 2, 15) && l.Last == new DateOnly(2026, 2, 28));
    }

    [Fact]
    public void Run_PaidLateInThePeriod_ChargesUpToAndIncludingThePaymentDayOnWhatWasOpen()
    {
        var ledger = OneInvoice()
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(18_250m, "EUR"), new(2026, 2, 10)))
            .Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 10)).Ledger
            .Post(Document.Payment(new("PAY-2"), Acme, Money.Of(18_250m, "EUR"), new(2026, 2, 20)))
            .Apply(new("PAY-2"), AllocationPolicies.OldestDueFirst, new(2026, 2, 20)).Ledger;

        var result = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), EightPercent);

        // 1-10 February on 36,500 (10 × 8.00), 11-20 February on 18,250 (10 × 4.00); nothing after.
        var charge = Assert.Single(result.Documents);
        Assert.Equal((new DocumentId("INV-1/LC/20260201-20260220"), Money.Of(120m, "EUR")), (charge.Id, charge.Amount));
    }

    [Fact]
    public void Run_PaymentAfterTheAsOfDate_NotYetKnownSoTheItemCountsAsOpen()
    {
        var ledger = OneInvoice()
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(36_500m, "EUR"), new(2026, 2, 10)))
            .Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 3, 5)).Ledger;

        var result = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), EightPercent);

        Assert.Equal(Money.Of(224m, "EUR"), Assert.Single(result.Documents).Amount);
    }

    [Fact]
    public void Run_DisputedItem_NotChargedWhileDisputedAndChargedAfterResolution()
    {
        var disputed = OneInvoice().Update(Acme, a => a.OpenDispute(new("INV-1"), new(2026, 2, 3), "price"));

        var during = LateChargeRun.Run(disputed, new(2026, 2, 1), new(2026, 2, 28), EightPercent);
        var resolved = disputed.Update(Acme, a => a.ResolveDispute(new("INV-1"), new(2026, 3, 2)));
        var after = LateChargeRun.Run(resolved, new(2026, 2, 1), new(2026, 3, 31), EightPercent);
        var charged = LateChargeRun.Run(disputed, new(2026, 2, 1), new(2026, 2, 28), EightPercent, new LateChargeRunOptions { ChargeDisputed = true });

        Assert.Empty(during.Documents);
        Assert.True(Assert.Single(during.Lines).Reason.Is(LedgerReasonCodes.LateChargeDisputed));
        Assert.Equal(Money.Of(472m, "EUR"), Assert.Single(after.Documents).Amount);
        Assert.Equal(Money.Of(224m, "EUR"), Assert.Single(charged.Documents).Amount);
    }

    [Fact]
    public void Run_FixedSumPolicy_ChargesTheFixedSumOnceWithItsOwnId()
    {
        var ledger = ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-9"), Acme, Money.Of(1000m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var policy = LateChargePolicies.EuLatePaymentDirective(RateTable.Constant(2m));

        var first = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), policy);
        var second = LateChargeRun.Run(first.PostTo(ledger), new(2026, 3, 1), new(2026, 3, 31), policy);

        Assert.Contains(first.Documents, d => d.Id == LateChargeRun.CompensationId(new("INV-9")) && d.Amount == Money.Of(40m, "EUR"));
        Assert.DoesNotContain(second.Documents, d => d.Id == LateChargeRun.CompensationId(new("INV-9")));
        Assert.Contains(second.Lines, l => l.Reason.Is(LedgerReasonCodes.LateChargeCompensationCharged));
    }

    [Fact]
    public void Run_ChargeDocumentsThemselves_BearNoInterest()
    {
        var ledger = LateChargeRun.Run(OneInvoice(), new(2026, 2, 1), new(2026, 2, 10), EightPercent).PostTo(OneInvoice());

        var result = LateChargeRun.Run(ledger, new(2026, 3, 1), new(2026, 3, 31), EightPercent);

        Assert.All(result.Lines, l => Assert.Equal(new DocumentId("INV-1"), l.Item));
    }

    [Fact]
    public void Run_NoRate_ExplainsThatNothingIsDue()
    {
        var result = LateChargeRun.Run(OneInvoice(), new(2026, 2, 1), new(2026, 2, 28), LateChargePolicies.None);

        Assert.Empty(result.Documents);
        Assert.True(Assert.Single(result.Lines).Reason.Is(LedgerReasonCodes.LateChargeNothingDue));
    }

    [Fact]
    public void Run_NotYetDue_NoLine()
    {
        var result = LateChargeRun.Run(OneInvoice(), new(2026, 1, 1), new(2026, 1, 31), EightPercent);

        Assert.Empty(result.Lines);
    }

    [Theory]
    [InlineData(2026, 2, 1, 2026, 1, 31, "to")]
    [InlineData(2026, 2, 1, 2026, 2, 28, "options.AsOf")]
    public void Run_BadDates_Throws(int fy, int fm, int fd, int ty, int tm, int td, string field)
    {
        var options = new LateChargeRunOptions { AsOf = new DateOnly(2026, 2, 27) };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => LateChargeRun.Run(OneInvoice(), new(fy, fm, fd), new(ty, tm, td), EightPercent, options));

        Assert.Equal(field, ex.ParamName);
    }

    [Fact]
    public void TryParseInterestId_WrittenId_RoundTrips()
    {
        var id = LateChargeRun.InterestId(new("A/LC/B"), new(2026, 2, 1), new(2026, 2, 28));

        Assert.True(LateChargeRun.TryParseInterestId(id, out var item, out var first, out var last));
        Assert.Equal((new DocumentId("A/LC/B"), new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)), (item, first, last));
        Assert.False(LateChargeRun.TryParseInterestId(new("INV-1/LC/2026-02"), out _, out _, out _));
        Assert.True(LateChargeRun.IsChargeId(LateChargeRun.CompensationId(new("INV-1"))));
    }

    private static readonly FsCheck.Arbitrary<(LedgerStep[] Steps, int From, int Length, int Split, int Rate, int AsOfExtra)> Scenario =
        (from steps in Arbitraries.LedgerStepsGen
         from start in Gen.Choose(0, 60)
         from length in Gen.Choose(0, 60)
         from split in Gen.Choose(0, 60)
         from rate in Gen.Choose(0, 40)
         from extra in Gen.Choose(0, 10)
         select (steps, start, length, split, rate, extra)).ToArbitrary();

    private static ReceivablesLedger Build(LedgerStep[] steps)
    {
        var account = CustomerAccount.Create(LedgerModel.Customer);
        for (var i = 0; i < steps.Length; i++)
        {
            account = LedgerModel.Run(account, steps[i], i, out _);
        }

        var builder = ReceivablesLedger.CreateBuilder();
        foreach (var e in account.History)
        {
            builder.Append(LedgerModel.Customer, e);
        }

        return builder.ToLedger();
    }

    [Fact]
    public void Run_AnyLedger_RunTwiceChargesWhatRunOnceCharged()
    {
        Properties.Check(Scenario, input =>
        {
            var ledger = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);
            var to = from.AddDays(input.Length);
            var policy = LateChargePolicies.AnnualRate(input.Rate);

            var once = LateChargeRun.Run(ledger, from, to, policy);
            var posted = once.PostTo(ledger);
            var twice = LateChargeRun.Run(posted, from, to, policy);

            Assert.Empty(twice.Documents);
            Assert.All(twice.Lines, l => Assert.False(l.IsCharged));
        });
    }

    [Fact]
    public void Run_AnyLedger_ChargesAreNeverNegativeAndInWholeMinorUnits()
    {
        Properties.Check(Scenario, input =>
        {
            var ledger = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);

            var result = LateChargeRun.Run(ledger, from, from.AddDays(input.Length), LateChargePolicies.AnnualRate(input.Rate, roundDailyInterest: input.Split % 2 == 0));

            Assert.All(result.Lines, l => Assert.False(l.Amount.IsNegative));
            Assert.All(result.Documents, d => Assert.True(d.Amount.IsPositive && d.Amount.IsRounded));
            Assert.All(result.Lines.Where(l => l.IsCharged), l => Assert.Equal(l.Amount, l.Charge!.Amount));
            var expected = result.Documents.GroupBy(d => d.Currency.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Sum(d => d.Amount.Amount));
            Assert.Equal(expected, result.Totals.Select(t => t.Amount));
        });
    }

    [Fact]
    public void Run_AnyLedger_TwoAdjacentPeriodsChargeExactlyWhatTheirUnionCharges()
    {
        Properties.Check(Scenario, input =>
        {
            var ledger = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);
            var to = from.AddDays(input.Length);
            var middle = from.AddDays(Math.Min(input.Split, input.Length));
            var asOf = to.AddDays(input.AsOfExtra);
            var policy = LateChargePolicies.AnnualRate(input.Rate);
            var options = new LateChargeRunOptions { AsOf = asOf };

            var whole = LateChargeRun.Run(ledger, from, to, policy, options);
            var firstPart = LateChargeRun.Run(ledger, from, middle, policy, options);
            var secondPart = LateChargeRun.Run(firstPart.PostTo(ledger), middle.AddDays(1) > to ? to : middle.AddDays(1), to, policy, options);

            Assert.Equal(Sums(whole.Documents), Sums(firstPart.Documents.Concat(secondPart.Documents)));
        });
    }

    [Fact]
    public void Run_AnyLedger_EqualsAnIndependentDayByDayRecount()
    {
        Properties.Check(Scenario, input =>
        {
            var ledger = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);
            var to = from.AddDays(input.Length);
            var rate = input.Rate;

            var result = LateChargeRun.Run(ledger, from, to, LateChargePolicies.AnnualRate(rate));

            // Oracle: from the raw history, the open amount at the start of each day, summed exactly, per item; the
            // policy rounds its cumulative interest, so per stretch of constant amount the run may differ from the
            // exact sum by at most one minor unit at each end of the stretch.
            var view = ledger.AsOf(to).Account(LedgerModel.Customer);
            foreach (var item in view.Items.Where(i => i.Document.Kind == DocumentKind.Invoice && !i.IsDisputed))
            {
                var exact = 0m;
                var stretches = 0;
                decimal? previous = null;
                for (var day = from; day <= to; day = day.AddDays(1))
                {
                    var open = item.Document.Amount.Amount - item.Settlements.Where(s => s.Date < day).Sum(s => s.Amount.Amount);
                    if (day > item.Document.DueDate && open > 0m)
                    {
                        exact += open * rate / 100m / 365m;
                        if (open != previous)
                        {
                            stretches++;
                        }

                        previous = open;
                    }
                    else
                    {
                        previous = null;
                    }
                }

                var charged = result.Lines.Where(l => l.Item == item.Id).Sum(l => l.Amount.Amount);
                Assert.InRange(charged - exact, -(stretches * 2 + 1) * item.Document.Currency.MinorUnit, (stretches * 2 + 1) * item.Document.Currency.MinorUnit);
            }
        });
    }

    [Fact]
    public void Run_ByCustomer_KeyAccountExemptOthersCharged()
    {
        // Two customers, each 36,500.00 overdue all February; the key account is exempt by agreement.
        var keyAccount = new CustomerId("C-KEY");
        var ledger = OneInvoice().Post(Document.Invoice(new("INV-2"), keyAccount, Money.Of(36_500m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var policy = LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy> { [keyAccount] = LateChargePolicies.None }, EightPercent);

        var result = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), policy);

        var charge = Assert.Single(result.Documents);
        Assert.Equal((Acme, new DocumentId("INV-1/LC/20260201-20260228"), Money.Of(224m, "EUR")), (charge.Customer, charge.Id, charge.Amount));
        var exempt = Assert.Single(result.Lines, l => l.Item == new DocumentId("INV-2"));
        Assert.False(exempt.IsCharged);
        Assert.True(exempt.Reason.Is(LedgerReasonCodes.LateChargeNothingDue));
    }

    [Fact]
    public void Run_ByCurrency_EuDirectiveOnEurItemsDailyRateOnCnyItems()
    {
        // Without ByCurrency the EU policy's €40 fixed sum cannot be charged on a CNY item (CurrencyMismatchException).
        var ecb = RateTable.Create([new(new DateOnly(2026, 1, 1), 2.15m)]);
        var ledger = OneInvoice().Post(Document.Invoice(new("FP-1"), Acme, Money.Of(100_000m, "CNY"), new(2026, 1, 1), new(2026, 1, 31)));
        var policy = LateChargePolicies.ByCurrency(new Dictionary<Currency, ILateChargePolicy>
        {
            [Currency.EUR] = LateChargePolicies.EuLatePaymentDirective(ecb),
            [Currency.CNY] = LateChargePolicies.ChinaDefaultDailyRate,
        });

        var result = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), policy);

        // CNY: 100,000.00 × 0.05 % × 28 days = 1,400.00, no fixed sum. EUR: (2.15 + 8) % a year on 36,500.00 for 28 days
        // = 284.20, and the €40 fixed sum.
        Assert.Equal(
            ["FP-1/LC/20260201-20260228 1400.00 CNY", "INV-1/LC/20260201-20260228 284.20 EUR", "INV-1/LCF 40.00 EUR"],
            result.Documents.Select(d => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{d.Id} {d.Amount.Amount:F2} {d.Currency.Code}")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_AnyLedger_ByCustomerChargesTheNamedCustomerUnderItsPolicyAndNobodyElse()
    {
        Properties.Check(Scenario, input =>
        {
            var ledger = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);
            var to = from.AddDays(input.Length);
            var rate = LateChargePolicies.AnnualRate(input.Rate);
            var named = LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy> { [LedgerModel.Customer] = rate }, LateChargePolicies.None);
            var others = LateChargePolicies.ByCustomer(new Dictionary<CustomerId, ILateChargePolicy> { [new CustomerId("SOMEONE-ELSE")] = rate }, LateChargePolicies.None);

            var direct = LateChargeRun.Run(ledger, from, to, rate);
            var byNamed = LateChargeRun.Run(ledger, from, to, named);
            var byOthers = LateChargeRun.Run(ledger, from, to, others);

            Assert.Equal(direct.Documents.Select(d => (d.Id, d.Amount, d.DocumentDate)), byNamed.Documents.Select(d => (d.Id, d.Amount, d.DocumentDate)));
            Assert.Equal(direct.Lines.Select(l => (l.Item, l.First, l.Last, l.Amount)), byNamed.Lines.Select(l => (l.Item, l.First, l.Last, l.Amount)));
            Assert.Empty(byOthers.Documents);
        });
    }

    private static string Sums(IEnumerable<Document> documents)
        => string.Join(";", documents.GroupBy(d => (d.Reference, d.Currency.Code)).OrderBy(g => g.Key.Reference, StringComparer.Ordinal).Select(g => $"{g.Key.Reference}:{g.Sum(d => d.Amount.Amount)}"));
}
