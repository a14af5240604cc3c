using Receivables.Matching;
using Receivables.Terms;

using Receivables.Ledger;

namespace Receivables.Tests.Matching;

/// <summary>The main example of docs/matching.md, compiled and run so that the page cannot rot.</summary>
public class MatchingDocsExampleTests
{
    [Fact]
    public void Docs_MainExample_AutoAppliesSuggestsAndExplains()
    {
        // snippet: matching-main
        var acme = new CustomerId("C-1001");
        var items = new[]
        {
            new OpenItem(new DocumentId("INV-2026-001234"), acme, Money.Of(1190.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
            new OpenItem(new DocumentId("INV-2026-001235"), acme, Money.Of(595.00m, "EUR"), new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 4),
                [new SettlementDiscount(new DateOnly(2026, 10, 15), Money.Of(11.90m, "EUR"))]),
            new OpenItem(new DocumentId("INV-2026-001240"), acme, Money.Of(238.00m, "EUR"), new DateOnly(2026, 10, 9), new DateOnly(2026, 11, 8)),
        };
        var customers = new[] { new CustomerProfile(acme, ["ACME Maschinenbau GmbH"], ["DE89 3704 0044 0532 0130 00"]) };
        var lines = new[]
        {
            new StatementLine("B-1", new DateOnly(2026, 10, 14), new DateOnly(2026, 10, 14), Money.Of(583.10m, "EUR"),
                payerName: "ACME MASCHINENBAU", payerAccount: "DE89370400440532013000", remittanceText: "Rechnung INV-2026-001253 Skonto"),
            new StatementLine("B-2", new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 20), Money.Of(1428.00m, "EUR"),
                payerName: "Acme Maschinenbau GmbH", remittanceText: "Zahlung Oktober"),
            new StatementLine("B-3", new DateOnly(2026, 10, 21), new DateOnly(2026, 10, 21), Money.Of(-50.00m, "EUR"),
                remittanceText: "Ruecklastschrift"),
        };

        var engine = MatchingEngine.Create(new MatchingOptions { AutoApplyThreshold = 0.9 });
        var result = engine.Match(lines, items, customers);
        // end snippet

        foreach (var line in result.Lines)
        {
            Console.WriteLine($"{line.Line.Id}: {line.Decision} {line.Confidence:0.00} " +
                string.Join(", ", line.Allocations.Select(a => $"{a.Item} {a.Applied} (discount {a.Discount})")));
            Console.WriteLine("  " + string.Join("; ", line.Reasons));
        }
        // --- end of example ---

        var b1 = result.Lines[0];
        Assert.Equal(MatchDecision.AutoApply, b1.Decision);
        Assert.Equal("INV-2026-001235", Assert.Single(b1.Allocations).Item.Value);
        Assert.Equal(11.90m, b1.Allocations[0].Discount.Amount);
        Assert.Contains(b1.Reasons, r => r.Is(MatchingReasonCodes.ReferenceTypo) && r.Get<DocumentId>("item") == new DocumentId("INV-2026-001235"));
        var b2 = result.Lines[1];
        Assert.Equal(MatchDecision.Suggest, b2.Decision);
        Assert.Equal(["INV-2026-001234", "INV-2026-001240"], b2.Allocations.Select(a => a.Item.Value));
        Assert.Equal(MatchDecision.Unmatched, result.Lines[2].Decision);
    }

    [Fact]
    public void Docs_MainExample_IsTheCodeInTheDoc()
    {
        Receivables.Tests.Support.DocSnippets.AssertDocMatchesTest("docs/matching.md", "matching-main");
    }

    [Fact]
    public void Docs_DeductionsExample_WritesOffFlagsAndAppliesTheExcess()
    {
        var acme = new CustomerId("C-1001");
        var account = "DE89 3704 0044 0532 0130 00";
        var customers = new[] { new CustomerProfile(acme, ["ACME Maschinenbau GmbH"], [account]) };
        var items = new[]
        {
            new OpenItem(new DocumentId("INV-2026-000050"), acme, Money.Of(300.00m, "EUR"), new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1)),
            new OpenItem(new DocumentId("INV-2026-000060"), acme, Money.Of(250.00m, "EUR"), new DateOnly(2026, 9, 15), new DateOnly(2026, 10, 15)),
            new OpenItem(new DocumentId("INV-2026-000200"), acme, Money.Of(5000.00m, "EUR"), new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
            new OpenItem(new DocumentId("INV-2026-000100"), acme, Money.Of(1000.00m, "EUR"), new DateOnly(2026, 10, 25), new DateOnly(2026, 11, 24),
                [new SettlementDiscount(new DateOnly(2026, 11, 4), Money.Of(20.00m, "EUR"))]),
        };

        // snippet: matching-deductions
        var options = new MatchingOptions { Overpayments = OverpaymentHandling.ApplyToOldestItems };
        options.DeductionsByCustomer[acme] = new DeductionPolicy
        {
            BankCharges = new DeductionRule(DeductionTreatment.WriteOff, maxAmount: 50m, maxPercent: 0.05m),
            UnearnedDiscount = new DeductionRule(DeductionTreatment.Dispute, maxAmount: 500m, maxPercent: 0.05m, autoApply: false),
        };
        var lines = new[]
        {
            new StatementLine("B-1", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(4960.00m, "EUR"), payerAccount: account, remittanceText: "INV-2026-000200"),
            new StatementLine("B-2", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(980.00m, "EUR"), payerAccount: account, remittanceText: "INV-2026-000100 Skonto"),
            new StatementLine("B-3", new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), Money.Of(400.00m, "EUR"), payerAccount: account, remittanceText: "INV-2026-000050"),
        };

        var result = MatchingEngine.Create(options).Match(lines, items, customers);
        // end snippet

        var (b1, b2, b3) = (result.Lines[0], result.Lines[1], result.Lines[2]);
        Assert.Equal(MatchDecision.AutoApply, b1.Decision);
        Assert.Equal((DeductionKind.BankCharges, DeductionTreatment.WriteOff, 40.00m), (b1.Allocations[0].Deduction!.Kind, b1.Allocations[0].Deduction!.Treatment, b1.Allocations[0].WriteOff.Amount));
        Assert.Equal(MatchDecision.Suggest, b2.Decision);
        Assert.Equal((DeductionKind.UnearnedDiscount, DeductionTreatment.Dispute, 20.00m), (b2.Allocations[0].Deduction!.Kind, b2.Allocations[0].Deduction!.Treatment, b2.Allocations[0].Deduction!.Amount.Amount));
        Assert.Contains(b2.Reasons, r => r.Is(MatchingReasonCodes.DeductionFlagged));
        Assert.Equal(MatchDecision.AutoApply, b3.Decision);
        Assert.Equal([("INV-2026-000050", 300.00m), ("INV-2026-000060", 100.00m)], b3.Allocations.Select(a => (a.Item.Value, a.Applied.Amount)));
    }

    [Fact]
    public void Docs_DeductionsExample_IsTheCodeInTheDoc()
    {
        Receivables.Tests.Support.DocSnippets.AssertDocMatchesTest("docs/matching.md", "matching-deductions");
    }
}
