using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

/// <summary>Named deductions (decision 355), the overpayment option (decision 356) and structured references read
/// like the remittance text.</summary>
public class MatchingDeductionTests
{
    private static readonly CustomerId Acme = new("C-1001");
    private static readonly CustomerId Beta = new("C-1002");
    private static readonly DateOnly Nov20 = new(2026, 11, 20);
    private static readonly CustomerProfile[] Profiles =
    [
        new(Acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]),
        new(Beta, ["Beta Foods Ltd"], ["GB29 NWBK 6016 1331 9268 19"]),
    ];

    // 1,000.00 offered 2 % (20.00) until 4 November; paid on 20 November.
    private static readonly OpenItem Offered = new(new DocumentId("INV-2026-000100"), Acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24), [new SettlementDiscount(new DateOnly(2026, 11, 4), Money.Of(20.00m, "EUR"))]);
    private static readonly OpenItem Plain = new(new DocumentId("INV-2026-000200"), Acme, Money.Of(5000.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
    private static readonly OpenItem Oldest = new(new DocumentId("INV-2026-000050"), Acme, Money.Of(300.00m, "EUR"), new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1));
    private static readonly OpenItem BetaItem = new(new DocumentId("BF-7781"), Beta, Money.Of(2400.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));
    private static readonly OpenItem[] Items = [Offered, Plain, Oldest, BetaItem];

    private static LineMatch Match(decimal amount, string text, MatchingOptions? options = null, string account = "DE89 3704 0044 0532 0130 00")
        => MatchingEngine.Create(options).Match([new StatementLine("B-1", Nov20, Nov20, Money.Of(amount, "EUR"), payerAccount: account, remittanceText: text)], Items, Profiles).Lines[0];

    [Fact]
    public void Match_DiscountTakenAfterItsDate_NamedUnearnedAndLeftOpen()
    {
        var result = Match(980.00m, "INV-2026-000100 minus 2% Skonto");

        var allocation = Assert.Single(result.Allocations);
        Assert.Equal((Money.Of(980.00m, "EUR"), Money.Zero(Currency.EUR), Money.Zero(Currency.EUR)), (allocation.Applied, allocation.Discount, allocation.WriteOff));
        Assert.Equal(new MatchDeduction(DeductionKind.UnearnedDiscount, Money.Of(20.00m, "EUR"), DeductionTreatment.LeaveOpen, allocation.Deduction!.Reason), allocation.Deduction);
        var reason = Assert.Single(result.Reasons, r => r.Is(MatchingReasonCodes.Deduction));
        Assert.Equal(("UnearnedDiscount", Money.Of(20.00m, "EUR"), "LeaveOpen"), (reason.Get<string>("kind"), reason.Get<Money>("amount"), reason.Get<string>("treatment")));
        Assert.Equal(MatchDecision.AutoApply, result.Decision);
    }

    [Fact]
    public void Match_TwoPercentShortWithoutAnOffer_NamedUnearnedDiscount()
    {
        var result = Match(4900.00m, "INV-2026-000200");

        Assert.Equal(DeductionKind.UnearnedDiscount, Assert.Single(result.Allocations).Deduction?.Kind);
    }

    [Fact]
    public void Match_ShortByFortyAboveTheTolerance_NamedBankCharges()
    {
        var result = Match(4960.00m, "INV-2026-000200");

        var deduction = Assert.Single(result.Allocations).Deduction;
        Assert.Equal((DeductionKind.BankCharges, Money.Of(40.00m, "EUR")), (deduction?.Kind, deduction?.Amount));
    }

    [Fact]
    public void Match_ShortBySevenPercent_NamedShortPayment()
    {
        var result = Match(4650.00m, "INV-2026-000200");

        Assert.Equal(DeductionKind.ShortPayment, Assert.Single(result.Allocations).Deduction?.Kind);
    }

    [Fact]
    public void Match_HalfPaid_PartialPaymentWithoutDeduction()
    {
        var result = Match(2500.00m, "INV-2026-000200");

        Assert.Null(Assert.Single(result.Allocations).Deduction);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.AmountPartial));
    }

    [Fact]
    public void Match_CustomerPolicyWritesOffBankCharges_ItemSettled()
    {
        var options = new MatchingOptions();
        options.DeductionsByCustomer[Acme] = new DeductionPolicy { BankCharges = new DeductionRule(DeductionTreatment.WriteOff, 50m, 0.05m) };

        var acme = Match(4960.00m, "INV-2026-000200", options);
        var beta = Match(2360.00m, "BF-7781", options, account: "GB29 NWBK 6016 1331 9268 19");

        var allocation = Assert.Single(acme.Allocations);
        Assert.Equal((Money.Of(4960.00m, "EUR"), Money.Of(40.00m, "EUR")), (allocation.Applied, allocation.WriteOff));
        Assert.Equal(Plain.Open, allocation.Cleared);
        Assert.Equal(DeductionTreatment.LeaveOpen, Assert.Single(beta.Allocations).Deduction?.Treatment);
    }

    [Fact]
    public void Match_PolicyFlagsUnearnedDiscounts_SuggestedOnlyWithTheReason()
    {
        var options = new MatchingOptions { Deductions = new DeductionPolicy { UnearnedDiscount = new DeductionRule(DeductionTreatment.Dispute, 1_000m, 0.1m, autoApply: false) } };

        var result = Match(980.00m, "INV-2026-000100", options);

        Assert.Equal(MatchDecision.Suggest, result.Decision);
        Assert.Equal(DeductionTreatment.Dispute, Assert.Single(result.Allocations).Deduction?.Treatment);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.DeductionFlagged) && r.Get<string>("kind") == "UnearnedDiscount");
    }

    [Fact]
    public void Match_OverpaymentByDefault_SuggestedWithTheRestUnapplied()
    {
        var result = Match(5100.00m, "INV-2026-000200");

        Assert.Equal(MatchDecision.Suggest, result.Decision);
        Assert.Equal(Money.Of(100.00m, "EUR"), result.Unapplied);
    }

    [Fact]
    public void Match_OverpaymentKeepUnapplied_AutoAppliedWithTheRestUnapplied()
    {
        var result = Match(5100.00m, "INV-2026-000200", new MatchingOptions { Overpayments = OverpaymentHandling.ApplyKeepUnapplied });

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal((Plain.Id, Money.Of(100.00m, "EUR")), (Assert.Single(result.Allocations).Item, result.Unapplied));
    }

    [Fact]
    public void Match_OverpaymentToOldestItems_ExcessSettlesTheOldestOtherItem()
    {
        var result = Match(5400.00m, "INV-2026-000200", new MatchingOptions { Overpayments = OverpaymentHandling.ApplyToOldestItems });

        Assert.Equal(MatchDecision.AutoApply, result.Decision);
        Assert.Equal([(Plain.Id, 5000.00m), (Oldest.Id, 300.00m), (Offered.Id, 100.00m)], result.Allocations.Select(a => (a.Item, a.Applied.Amount)));
        Assert.Equal(Money.Zero(Currency.EUR), result.Unapplied);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.OverpaymentApplied) && r.Get<Money>("excess") == Money.Of(400.00m, "EUR"));
    }

    [Fact]
    public void Match_InvoiceNumberOnlyInStructuredReferences_Found()
    {
        var line = new StatementLine("B-1", Nov20, Nov20, Money.Of(2400.00m, "EUR"), remittanceText: "Payment") { References = ["BF-7781"] };

        var result = MatchingEngine.Create().Match([line], Items, Profiles).Lines[0];

        Assert.Equal(BetaItem.Id, Assert.Single(result.Allocations).Item);
        Assert.Contains(result.Reasons, r => r.Is(MatchingReasonCodes.ReferenceExact));
    }

    [Fact]
    public void Options_InvalidDeductionPolicy_AllProblemsReported()
    {
        var options = new MatchingOptions { Deductions = new DeductionPolicy { UnearnedDiscountRates = [1.5m] }, Overpayments = (OverpaymentHandling)9 };

        var error = Assert.Throws<ArgumentException>(() => MatchingEngine.Create(options));

        Assert.Contains("UnearnedDiscountRates", error.Message, StringComparison.Ordinal);
        Assert.Contains("Overpayments", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 0.1)]
    [InlineData(10, 1.5)]
    public void DeductionRule_LimitOutOfRange_Throws(double amount, double percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeductionRule(DeductionTreatment.LeaveOpen, (decimal)amount, (decimal)percent));
    }

    /// <summary>Money is conserved whatever the policy: each line's cash is applied or unapplied, and on each item with a
    /// named deduction applied + discount + write-off + the deduction left open or disputed is the item's open amount.</summary>
    [Fact]
    public void Match_AnyScenarioAnyDeductionPolicy_MoneyConserved()
    {
        var gen = from scenario in Arbitraries.MatchingScenarioGen
                  from treatments in Gen.ArrayOf(Gen.Elements(DeductionTreatment.LeaveOpen, DeductionTreatment.WriteOff, DeductionTreatment.Dispute), 3)
                  from overpayments in Gen.Elements(OverpaymentHandling.Suggest, OverpaymentHandling.ApplyKeepUnapplied, OverpaymentHandling.ApplyToOldestItems)
                  select (scenario, treatments, overpayments);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var options = new MatchingOptions
            {
                Overpayments = x.overpayments,
                Deductions = new DeductionPolicy
                {
                    UnearnedDiscount = new DeductionRule(x.treatments[0], 1_000m, 0.1m),
                    BankCharges = new DeductionRule(x.treatments[1], 50m, 0.05m),
                    ShortPayment = new DeductionRule(x.treatments[2], 1_000m, 0.1m),
                },
            };
            var open = x.scenario.Items.ToDictionary(i => i.Id, i => i.Open.Amount);

            var result = MatchingEngine.Create(options).Match(x.scenario.Lines, x.scenario.Items, x.scenario.Customers);

            foreach (var line in result.Lines)
            {
                Assert.Equal(line.Line.Amount.Amount, line.Allocations.Sum(a => a.Applied.Amount) + line.Unapplied.Amount);
                foreach (var allocations in line.Alternatives.Select(p => p.Allocations).Append(line.Allocations))
                {
                    foreach (var a in allocations.Where(a => a.Deduction is not null))
                    {
                        var held = a.Deduction!.Treatment == DeductionTreatment.WriteOff ? 0m : a.Deduction.Amount.Amount;
                        Assert.Equal(open[a.Item], a.Applied.Amount + a.Discount.Amount + a.WriteOff.Amount + held);
                        Assert.Equal(a.Deduction.Treatment == DeductionTreatment.WriteOff ? a.Deduction.Amount.Amount : 0m, a.WriteOff.Amount);
                    }
                }
            }

            foreach (var group in result.Lines.SelectMany(l => l.Allocations).GroupBy(a => a.Item))
            {
                Assert.True(group.Sum(a => a.Cleared.Amount) <= open[group.Key]);
            }
        });
    }

    [Fact]
    public void Match_PayerNameOnlyInTheText_IdentifiesTheCustomer()
    {
        var line = new StatementLine("B-1", Nov20, Nov20, Money.Of(2400.00m, "EUR"), remittanceText: "Zahlung von Beta Foods Ltd, Oktober");

        var result = MatchingEngine.Create(new MatchingOptions { PayerNamesInText = true }).Match([line], Items, Profiles).Lines[0];

        Assert.Equal(BetaItem.Id, Assert.Single(result.Allocations).Item);
        var payer = Assert.Single(result.Reasons, r => r.Is(MatchingReasonCodes.PayerInText));
        Assert.Equal(Beta, payer.Get<CustomerId>("customer"));
    }

    [Fact]
    public void Match_NameInTextButAccountKnown_AccountDecides()
    {
        var line = new StatementLine("B-1", Nov20, Nov20, Money.Of(300.00m, "EUR"), payerAccount: "DE89 3704 0044 0532 0130 00", remittanceText: "for Beta Foods Ltd");

        var result = MatchingEngine.Create(new MatchingOptions { PayerNamesInText = true }).Match([line], Items, Profiles).Lines[0];

        Assert.DoesNotContain(result.Reasons, r => r.Is(MatchingReasonCodes.PayerInText));
        Assert.Equal(Oldest.Id, Assert.Single(result.Allocations).Item);
    }
}
