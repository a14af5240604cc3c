using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Matching.Reconciliation;
using Receivables.Terms;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

/// <summary>The examples of the late-charge run and the statement of account (docs/ledger.md) and of posting a match
/// result (docs/matching.md).</summary>
public class LedgerLoopsDocTests
{
    [Fact]
    public void LateChargeExample_RunsAsDocumented()
    {
        // snippet: ledger-late-charges
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(36_500.00m, "CNY"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(18_250.00m, "CNY"), new(2026, 2, 10)));
        ledger = ledger.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 10)).Ledger;
        var policy = LateChargePolicies.AnnualRate(8m); // 8 % a year: 8.00 a day on 36,500

        var february = LateChargeRun.Run(ledger, new(2026, 2, 1), new(2026, 2, 28), policy);
        ledger = february.PostTo(ledger);

        // 1-10 February on 36,500.00 (10 × 8.00), 11-28 February on 18,250.00 (18 × 4.00).
        var charge = Assert.Single(february.Documents);
        Assert.Equal((new DocumentId("INV-1/LC/20260201-20260228"), DocumentKind.DebitNote), (charge.Id, charge.Kind));
        Assert.Equal(Money.Of(152.00m, "CNY"), charge.Amount);
        Assert.True(february.Lines[0].Reason.Is(LedgerReasonCodes.LateChargeInterest));

        // Run again over an overlapping period: February is already charged, only March is new.
        var again = LateChargeRun.Run(ledger, new(2026, 2, 15), new(2026, 3, 31), policy);
        Assert.Equal(new DocumentId("INV-1/LC/20260301-20260331"), Assert.Single(again.Documents).Id);
        Assert.Contains(again.Lines, l => l.Reason.Is(LedgerReasonCodes.LateChargeAlreadyCharged));
        // end snippet
    }

    [Fact]
    public void LateChargeExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger-late-charges");
    }

    [Fact]
    public void StatementExample_RunsAsDocumented()
    {
        // snippet: ledger-statement
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(1_000.00m, "CNY"), new(2026, 5, 20), new(2026, 6, 19)))
            .Post(Document.Invoice(new("INV-2"), acme, Money.Of(500.00m, "CNY"), new(2026, 6, 5), new(2026, 7, 5)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(1_200.00m, "CNY"), new(2026, 6, 25)));
        ledger = ledger.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 6, 25)).Ledger;

        var june = StatementOfAccount.Create(ledger, acme, Currency.CNY, new(2026, 6, 1), new(2026, 6, 30));

        Assert.Equal(Money.Of(1_000.00m, "CNY"), june.OpeningBalance);                 // INV-1, from May
        Assert.Equal((Money.Of(500.00m, "CNY"), Money.Of(1_200.00m, "CNY")), (june.Debits, june.Credits));
        Assert.Equal(Money.Of(300.00m, "CNY"), june.ClosingBalance);                   // 1,000 + 500 − 1,200
        Assert.Equal(4, june.Movements.Length);                                        // INV-2, PAY-1, two applications
        Assert.Equal(new DocumentId("INV-2"), Assert.Single(june.OpenItems).Id);       // 300.00 left open

        // The customer confirms the open items; reconciling them against the same ledger finds no difference.
        var confirmed = CustomerStatementEntries.From(june);
        var result = StatementReconciliation.Reconcile(ledger.AsOf(june.To).Account(acme).OpenItems, confirmed);
        Assert.True(result.IsAgreed);
        // end snippet
    }

    [Fact]
    public void StatementExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger-statement");
    }

    [Fact]
    public void PostingExample_RunsAsDocumented()
    {
        // snippet: matching-posting
        var acme = new CustomerId("C-1001");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-2026-000200"), acme, Money.Of(5_000.00m, "EUR"), new(2026, 10, 1), new(2026, 10, 31)));
        var profiles = new[] { new CustomerProfile(acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]) };
        var line = new StatementLine("B-1", new(2026, 11, 20), new(2026, 11, 20), Money.Of(4_990.00m, "EUR"),
            payerAccount: "DE89 3704 0044 0532 0130 00", remittanceText: "INV-2026-000200");

        var result = MatchingEngine.Create().Match([line], ledger.OpenItems, profiles);
        ledger = MatchPosting.Post(ledger, result, new MatchPostingOptions { PaymentIdPrefix = "BANK/" });

        // 4,990.00 paid, 10.00 short within the tolerance: written off with the matching reason, the invoice settled.
        var account = ledger.Account(acme);
        Assert.False(account.GetItem(new("INV-2026-000200")).IsOpen);
        Assert.Equal(Money.Of(4_990.00m, "EUR"), account.GetItem(new("BANK/B-1")).Document.Amount);
        Assert.Equal("matching.amount.write-off", account.GetItem(new("BANK/B-1/WO/INV-2026-000200")).Document.Reference);
        // end snippet
    }

    [Fact]
    public void PostingExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/matching.md", "matching-posting");
    }
}
