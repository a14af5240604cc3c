using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Matching;

public class MatchPostingTests
{
    private static readonly CustomerId Acme = new("C-1001");
    private static readonly DateOnly Nov20 = new(2026, 11, 20);
    private static readonly CustomerProfile[] Profiles = [new(Acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"])];

    private static readonly MatchingOptions Options = new()
    {
        Deductions = new DeductionPolicy { ShortPayment = new(DeductionTreatment.Dispute, 1_000_000m, 0.10m) },
        Overpayments = OverpaymentHandling.ApplyKeepUnapplied,
    };

    private static ReceivablesLedger Ledger()
        => ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-100"), Acme, Money.Of(1000.00m, "EUR"), new(2026, 11, 10), new(2026, 12, 10)))
            .Post(Document.Invoice(new("INV-200"), Acme, Money.Of(5000.00m, "EUR"), new(2026, 10, 1), new(2026, 10, 31)));

    private static IEnumerable<OpenItem> Items(ReceivablesLedger ledger)
        => ledger.OpenItems.Select(i => i.Id.Value == "INV-100" ? i.WithDiscounts([new SettlementDiscount(new(2026, 11, 24), Money.Of(20.00m, "EUR"))]) : i);

    private static (ReceivablesLedger Before, LineMatch Match) Match(decimal amount, string text)
    {
        var ledger = Ledger();
        var line = new StatementLine("B-1", Nov20, Nov20, Money.Of(amount, "EUR"), payerAccount: "DE89 3704 0044 0532 0130 00", remittanceText: text, endToEndReference: "E2E-1");
        return (ledger, MatchingEngine.Create(Options).Match([line], Items(ledger), Profiles).Lines[0]);
    }

    [Fact]
    public void ToReceipts_ExactPayment_PaymentDatedTheValueDateAppliedInFull()
    {
        var (ledger, match) = Match(5000.00m, "INV-200");

        var receipt = Assert.Single(MatchPosting.ToReceipts(match, new MatchPostingOptions { PaymentIdPrefix = "BANK/" }));
        var after = ledger.PostReceipt(receipt);

        Assert.Equal((new DocumentId("BANK/B-1"), Nov20, "E2E-1", Money.Of(5000m, "EUR")), (receipt.Payment.Id, receipt.Payment.DocumentDate, receipt.Payment.Reference, receipt.Payment.Amount));
        Assert.False(after.Account(Acme).GetItem(new("INV-200")).IsOpen);
    }

    [Fact]
    public void ToReceipts_DiscountTakenInTime_DiscountDocumentWithItsTaxShare()
    {
        var (ledger, match) = Match(980.00m, "INV-100");

        var after = MatchPosting.Post(ledger, MatchingEngine.Create(Options).Match([match.Line], Items(ledger), Profiles), new MatchPostingOptions { DiscountTaxRate = 0.25m });

        var account = after.Account(Acme);
        Assert.False(account.GetItem(new("INV-100")).IsOpen);
        Assert.Equal(Money.Of(16.00m, "EUR"), account.GetItem(new("B-1/DISC/INV-100")).Document.Amount);
        Assert.Equal(Money.Of(4.00m, "EUR"), account.GetItem(new("B-1/DISC-TAX/INV-100")).Document.Amount);
    }

    [Fact]
    public void ToReceipts_ShortWithinTolerance_WrittenOffWithTheMatchingReason()
    {
        var (ledger, match) = Match(4990.00m, "INV-200");

        var receipt = Assert.Single(MatchPosting.ToReceipts(match));
        var after = ledger.PostReceipt(receipt);

        var line = Assert.Single(receipt.Lines);
        Assert.True(line.WriteOffReason!.Is(MatchingReasonCodes.AmountWriteOff));
        Assert.Equal(Money.Of(10m, "EUR"), after.Account(Acme).GetItem(new("B-1/WO/INV-200")).Document.Amount);
        Assert.False(after.Account(Acme).GetItem(new("INV-200")).IsOpen);
    }

    [Fact]
    public void ToReceipts_ShortPaymentToDispute_ResidualLeftOpenAndDisputed()
    {
        var (ledger, match) = Match(4600.00m, "INV-200");

        var after = ledger.PostReceipt(Assert.Single(MatchPosting.ToReceipts(match)));

        var item = after.Account(Acme).GetItem(new("INV-200"));
        Assert.Equal(Money.Of(400m, "EUR"), item.Open);
        Assert.True(item.IsDisputed);
        Assert.Contains(MatchingReasonCodes.Deduction.Code, item.Dispute!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_SecondLineOnAnItemWhoseShortfallIsDisputed_NotAppliedAndTheRunPostsWhole()
    {
        // B-1 pays 4,600.00 of INV-200's 5,000.00: the 400.00 short is held in dispute on INV-200. B-2 then pays 300.00
        // citing INV-200: nothing is left of INV-200 for it (the disputed 400.00 is held), so it is not applied there,
        // and posting the run's automatic lines never asks the ledger for more than INV-200 has open.
        var ledger = Ledger();
        var lines = new[]
        {
            new StatementLine("B-1", Nov20, Nov20, Money.Of(4600.00m, "EUR"), payerAccount: "DE89 3704 0044 0532 0130 00", remittanceText: "INV-200"),
            new StatementLine("B-2", Nov20, Nov20, Money.Of(300.00m, "EUR"), payerAccount: "DE89 3704 0044 0532 0130 00", remittanceText: "INV-200 rest"),
        };

        // A low threshold, as a host that applies partial payments automatically would set.
        var options = new MatchingOptions { Deductions = Options.Deductions, Overpayments = Options.Overpayments, AutoApplyThreshold = 0.6 };
        var result = MatchingEngine.Create(options).Match(lines, Items(ledger), Profiles);

        Assert.Equal(MatchDecision.AutoApply, result.Lines[0].Decision);
        Assert.DoesNotContain(result.Lines[1].Allocations, a => a.Item == new DocumentId("INV-200") && result.Lines[1].Decision == MatchDecision.AutoApply);
        var posted = MatchPosting.Post(ledger, result);
        Assert.Equal(Money.Of(400m, "EUR"), posted.Account(Acme).GetItem(new("INV-200")).Open);
    }

    [Fact]
    public void ToReceipts_Overpayment_RestUnappliedOnThePayment()
    {
        var (ledger, match) = Match(5100.00m, "INV-200");

        var receipt = Assert.Single(MatchPosting.ToReceipts(match));
        var after = ledger.PostReceipt(receipt);

        Assert.Equal(Money.Of(100m, "EUR"), receipt.Unapplied);
        Assert.Equal(Money.Of(100m, "EUR"), after.Account(Acme).GetItem(receipt.Payment.Id).Open);
    }

    [Fact]
    public void ToReceipts_UnmatchedLine_Throws()
    {
        var line = new StatementLine("B-9", Nov20, Nov20, Money.Of(123.45m, "EUR"), remittanceText: "nothing");
        var match = MatchingEngine.Create(Options).Match([line], Items(Ledger()), Profiles).Lines[0];

        Assert.Equal(MatchDecision.Unmatched, match.Decision);
        Assert.Throws<ArgumentException>(() => MatchPosting.ToReceipts(match));
    }

    private static readonly MatchingOptions PropertyOptions = new()
    {
        Deductions = new DeductionPolicy
        {
            ShortPayment = new(DeductionTreatment.Dispute, 1_000_000m, 0.10m),
            BankCharges = new(DeductionTreatment.WriteOff, 50m, 0.05m),
        },
        // Overpayments applied too: the engine counts a deduction held in dispute against the item's open amount for
        // the other lines of the run, as the ledger does (it used to count only what was cleared, and two lines could
        // claim more than an item had open).
        Overpayments = OverpaymentHandling.ApplyKeepUnapplied,
        AutoApplyThreshold = 0.6,
    };

    [Fact]
    public void Post_AnyScenario_MoneyIsConservedAndItemsEndAsProposed()
    {
        Properties.Check(Arbitraries.MatchingScenarioGen.ToArbitrary(), scenario =>
        {
            var ledger = ReceivablesLedger.Empty;
            foreach (var item in scenario.Items)
            {
                // Dated before every statement line: the ledger refuses an application dated before its item.
                ledger = ledger.Post(Document.Invoice(item.Id, item.Customer, item.Open, new(2026, 1, 1), item.DueDate));
            }

            var result = MatchingEngine.Create(PropertyOptions).Match(scenario.Lines, scenario.Items, scenario.Customers);

            var posted = MatchPosting.Post(ledger, result, new MatchPostingOptions { PaymentIdPrefix = "BANK/" });

            var auto = result.Lines.Where(l => l.Decision == MatchDecision.AutoApply).ToList();
            foreach (var line in auto)
            {
                var receipts = MatchPosting.ToReceipts(line);
                var allocations = line.Allocations;
                // Payment = cash applied + unapplied; each receipt line = cash + discount + write-off + disputed deduction.
                Assert.Equal(line.Line.Amount.Amount, receipts.Sum(r => r.Payment.Amount.Amount));
                Assert.Equal(line.Line.Amount.Amount, receipts.Sum(r => r.Lines.Sum(l => l.Cash.Amount) + r.Unapplied.Amount));
                Assert.Equal(
                    allocations.Sum(a => a.Cleared.Amount + (a.Deduction is { Treatment: DeductionTreatment.Dispute } d ? d.Amount.Amount : 0m)),
                    receipts.Sum(r => r.Lines.Sum(l => l.Total.Amount)));
            }

            // Each item's open amount falls by exactly what the auto-applied proposals cleared; the balance by the
            // payments, discounts and write-offs.
            var cleared = auto.SelectMany(l => l.Allocations).GroupBy(a => a.Item).ToDictionary(g => g.Key, g => g.Sum(a => a.Cleared.Amount));
            foreach (var item in scenario.Items)
            {
                var open = posted.Account(item.Customer).GetItem(item.Id).Open.Amount;
                Assert.Equal(item.Open.Amount - cleared.GetValueOrDefault(item.Id), open);
            }

            var before = scenario.Items.Sum(i => i.Open.Amount);
            var after = posted.Accounts.Sum(a => a.Balances.Sum(b => b.Amount));
            var settled = auto.Sum(l => l.Line.Amount.Amount + l.Allocations.Sum(a => a.Discount.Amount + a.WriteOff.Amount));
            Assert.Equal(before - settled, after);
        });
    }
}
