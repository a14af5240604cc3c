using FsCheck.Fluent;
using Receivables.Matching;
using Receivables.Matching.Reconciliation;
using Receivables.Tests.Support;

using Receivables.Ledger;

namespace Receivables.Tests.Matching.Reconciliation;

public class StatementReconciliationTests
{
    private static readonly CustomerId Customer = new("C-1012");
    private static readonly DateOnly Oct1 = new(2026, 10, 1);

    [Fact]
    public void Reconcile_CustomerStatement_ListsEveryDifference()
    {
        OpenItem[] ours =
        [
            Item("INV-2026-0101", 10000.00m),
            Item("INV-2026-0102", 5000.00m),
            Item("INV-2026-0103", 2000.00m),
            Item("INV-2026-0104", 800.00m),
        ];
        CustomerStatementEntry[] theirs =
        [
            new("inv 2026 0101", Money.Of(10000.00m, "CNY")),
            new("INV-2026-0102", Money.Of(4500.00m, "CNY")),
            new("INV-2026-0104", Money.Of(800.00m, "CNY")),
            new("INV-2026-0099", Money.Of(300.00m, "CNY")),
            new("INV-2026-0104", Money.Of(800.00m, "CNY"), CustomerStatementEntryKind.Payment, new DateOnly(2026, 11, 28)),
        ];

        var result = StatementReconciliation.Reconcile(ours, theirs);

        Assert.Equal(
            [ReconciliationStatus.Matched, ReconciliationStatus.AmountDifference, ReconciliationStatus.MissingOnTheirSide, ReconciliationStatus.Matched, ReconciliationStatus.MissingOnOurSide, ReconciliationStatus.PaymentInTransit],
            result.Lines.Select(l => l.Status));
        Assert.Equal(17800.00m, result.OurTotal.Amount);
        Assert.Equal(14800.00m, result.TheirTotal.Amount);
        Assert.Equal(3000.00m, result.Difference.Amount);
        Assert.Equal(result.Difference.Amount, result.Lines.Sum(l => l.Difference.Amount));
        Assert.False(result.IsAgreed);
    }

    [Fact]
    public void Reconcile_SameDocumentListedTwice_SecondIsMissingOnOurSide()
    {
        var result = StatementReconciliation.Reconcile([Item("A-1", 100m)], [new("A-1", Money.Of(100m, "CNY")), new("A-1", Money.Of(100m, "CNY"))]);

        Assert.Equal([ReconciliationStatus.Matched, ReconciliationStatus.MissingOnOurSide], result.Lines.Select(l => l.Status));
    }

    [Fact]
    public void Reconcile_NumbersEqualOnceNormalised_PairsTheExactWritingAndFlagsTheAmbiguity()
    {
        OpenItem[] ours = [Item("AB1-2", 100m), Item("AB-12", 250m)];

        var result = StatementReconciliation.Reconcile(ours, [new("ab-12", Money.Of(250m, "CNY"))]);

        var paired = Assert.Single(result.Lines, l => l.Theirs is not null);
        Assert.Equal(("AB-12", ReconciliationStatus.Matched), (paired.Reference, paired.Status));
        Assert.True(paired.Note!.Is(MatchingReasonCodes.ReconciliationAmbiguous));
        Assert.Equal("AB1-2", paired.Note["others"]);
        Assert.Equal(ReconciliationStatus.MissingOnTheirSide, result.Lines.Single(l => l.Reference == "AB1-2").Status);
    }

    [Fact]
    public void Reconcile_OneNumberOnly_NoNote()
    {
        var result = StatementReconciliation.Reconcile([Item("AB-12", 250m)], [new("AB 12", Money.Of(250m, "CNY"))]);

        Assert.Equal(ReconciliationStatus.Matched, result.Lines[0].Status);
        Assert.Null(result.Lines[0].Note);
    }

    [Fact]
    public void Reconcile_MixedCurrencies_Rejected()
    {
        Assert.Throws<ArgumentException>(() => StatementReconciliation.Reconcile([Item("A-1", 100m)], [new("A-1", Money.Of(100m, "EUR"))]));
    }

    [Fact]
    public void Reconcile_AnyLists_LineDifferencesAddUpToTotalDifference()
    {
        var gen = from ourCount in Gen.Choose(0, 8)
                  from ourAmounts in Gen.ArrayOf(Gen.Choose(1, 5000), ourCount)
                  from theirCount in Gen.Choose(0, 10)
                  from theirPicks in Gen.ArrayOf(Gen.Choose(0, 12), theirCount)
                  from theirAmounts in Gen.ArrayOf(Gen.Choose(1, 5000), 10)
                  from kinds in Gen.ArrayOf(Gen.Elements(CustomerStatementEntryKind.Invoice, CustomerStatementEntryKind.Payment), 10)
                  select (ourAmounts, theirPicks, theirAmounts, kinds);

        Properties.Check(gen.ToArbitrary(), x =>
        {
            var ours = x.ourAmounts.Select((a, i) => Item($"D-{i}", a)).ToList();
            var theirs = x.theirPicks.Select((p, i) => new CustomerStatementEntry($"D-{p}", Money.Of(x.theirAmounts[i], "CNY"), x.kinds[i])).ToList();
            if (ours.Count == 0 && theirs.Count == 0)
            {
                return;
            }

            var result = StatementReconciliation.Reconcile(ours, theirs);

            Assert.Equal(result.Difference.Amount, result.Lines.Sum(l => l.Difference.Amount));
            Assert.Equal(ours.Count + theirs.Count(t => t.Kind == CustomerStatementEntryKind.Invoice) + theirs.Count(t => t.Kind == CustomerStatementEntryKind.Payment), result.Lines.Length + result.Lines.Count(l => l.Ours is not null && l.Theirs is not null));
        });
    }

    private static OpenItem Item(string number, decimal open) => new(new DocumentId(number), Customer, Money.Of(open, "CNY"), Oct1, Oct1.AddDays(30));
}
