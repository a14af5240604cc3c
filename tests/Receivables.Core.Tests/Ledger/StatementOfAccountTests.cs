using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Matching.Reconciliation;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class StatementOfAccountTests
{
    private static readonly CustomerId Acme = new("C-1");

    private static ReceivablesLedger Sample()
        => ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1000m, "EUR"), new(2026, 5, 20), new(2026, 6, 19)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(500m, "EUR"), new(2026, 6, 5), new(2026, 7, 5)))
            .Post(Document.Invoice(new("INV-3"), Acme, Money.Of(70m, "USD"), new(2026, 6, 6), new(2026, 7, 6)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(1200m, "EUR"), new(2026, 6, 25)))
            .Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 6, 25)).Ledger
            .Post(Document.Invoice(new("INV-4"), Acme, Money.Of(300m, "EUR"), new(2026, 7, 2), new(2026, 8, 1)));

    [Fact]
    public void Create_June_OpeningMovementsClosingAndOpenItems()
    {
        var statement = StatementOfAccount.Create(Sample(), Acme, Currency.EUR, new(2026, 6, 1), new(2026, 6, 30));

        Assert.Equal(Money.Of(1000m, "EUR"), statement.OpeningBalance);
        Assert.Equal(
            ["INV-2 Document 500.00", "PAY-1 Document -1200.00", "PAY-1 Application 1000.00 INV-1", "PAY-1 Application 200.00 INV-2"],
            statement.Movements.Select(m => $"{m.Document} {m.Kind} {m.Amount.Amount:0.00}{(m.AppliedTo is { } t ? " " + t : string.Empty)}"));
        Assert.Equal(Money.Of(300m, "EUR"), statement.ClosingBalance);
        Assert.Equal((Money.Of(500m, "EUR"), Money.Of(1200m, "EUR")), (statement.Debits, statement.Credits));
        var open = Assert.Single(statement.OpenItems);
        Assert.Equal((new DocumentId("INV-2"), Money.Of(300m, "EUR")), (open.Id, open.Open));
        Assert.Empty(statement.UnappliedCredits);
        Assert.Equal([Currency.EUR, Currency.USD], StatementOfAccount.Currencies(Sample(), Acme, new(2026, 6, 30)).ToArray());
    }

    [Fact]
    public void Create_ThenReconciledAgainstTheSameLedger_NoDifference()
    {
        var ledger = Sample();
        var statement = StatementOfAccount.Create(ledger, Acme, Currency.EUR, new(2026, 6, 1), new(2026, 6, 30));

        var result = StatementReconciliation.Reconcile(ledger.AsOf(new(2026, 6, 30)).OpenItems.Where(i => i.Customer == Acme && i.Currency == Currency.EUR), CustomerStatementEntries.From(statement));

        Assert.True(result.IsAgreed);
        Assert.Equal(Money.Zero(Currency.EUR), result.Difference);
    }

    [Fact]
    public void Create_UnknownCustomer_EmptyStatement()
    {
        var statement = StatementOfAccount.Create(Sample(), new("C-404"), Currency.EUR, new(2026, 6, 1), new(2026, 6, 30));

        Assert.Equal((Money.Zero(Currency.EUR), Money.Zero(Currency.EUR)), (statement.OpeningBalance, statement.ClosingBalance));
        Assert.Empty(statement.Movements);
    }

    [Fact]
    public void Create_PeriodEndsBeforeItStarts_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StatementOfAccount.Create(Sample(), Acme, Currency.EUR, new(2026, 6, 30), new(2026, 6, 1)));

        Assert.Equal("to", ex.ParamName);
    }

    private static readonly FsCheck.Arbitrary<(LedgerStep[] Steps, int From, int Length)> Scenario =
        (from steps in Arbitraries.LedgerStepsGen
         from start in Gen.Choose(0, 45)
         from length in Gen.Choose(0, 45)
         select (steps, start, length)).ToArbitrary();

    private static (ReceivablesLedger Ledger, CustomerAccount Account) Build(LedgerStep[] steps)
    {
        var account = CustomerAccount.Create(LedgerModel.Customer);
        for (var i = 0; i < steps.Length; i++)
        {
            // Back-dated every third step, so that recording order and dates differ.
            account = LedgerModel.Run(account, steps[i], i, LedgerModel.Start.AddDays(i - (i % 3 == 2 ? 4 : 0)), out _);
        }

        var builder = ReceivablesLedger.CreateBuilder();
        foreach (var e in account.History)
        {
            builder.Append(LedgerModel.Customer, e);
        }

        return (builder.ToLedger(), account);
    }

    [Fact]
    public void Create_AnyLedger_OpeningPlusMovementsIsClosingAndBothEqualAnIndependentSum()
    {
        Properties.Check(Scenario, input =>
        {
            var (ledger, account) = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);
            var to = from.AddDays(input.Length);
            foreach (var currency in new[] { Currency.EUR, Currency.USD, Currency.JPY, Currency.FromCode("KWD") })
            {
                var statement = StatementOfAccount.Create(ledger, LedgerModel.Customer, currency, from, to);

                // Oracle: the signed amounts of the documents posted, from the raw history.
                var documents = account.History.OfType<DocumentPosted>().Select(p => p.Document).Where(d => d.Currency == currency).ToList();
                var opening = documents.Where(d => d.DocumentDate < from).Sum(d => d.SignedAmount.Amount);
                var closing = documents.Where(d => d.DocumentDate <= to).Sum(d => d.SignedAmount.Amount);
                Assert.Equal(opening, statement.OpeningBalance.Amount);
                Assert.Equal(closing, statement.ClosingBalance.Amount);
                Assert.Equal(statement.ClosingBalance.Amount, statement.OpeningBalance.Amount + statement.Movements.Sum(m => m.BalanceChange.Amount));
                Assert.Equal(statement.ClosingBalance.Amount, statement.OpeningBalance.Amount + statement.Debits.Amount - statement.Credits.Amount);
                Assert.Equal(
                    documents.Where(d => d.DocumentDate >= from && d.DocumentDate <= to).Select(d => d.Id).Order(),
                    statement.Movements.Where(m => m.Kind == StatementMovementKind.Document).Select(m => m.Document).Order());
                Assert.All(statement.Movements, m => Assert.InRange(m.Date, from, to));
            }
        });
    }

    [Fact]
    public void Create_AnyLedger_ReconciledAgainstTheSameLedgerView_NoDifference()
    {
        Properties.Check(Scenario, input =>
        {
            var (ledger, _) = Build(input.Steps);
            var from = LedgerModel.Start.AddDays(input.From);
            var to = from.AddDays(input.Length);
            foreach (var currency in StatementOfAccount.Currencies(ledger, LedgerModel.Customer, to))
            {
                var statement = StatementOfAccount.Create(ledger, LedgerModel.Customer, currency, from, to);
                var ours = ledger.AsOf(to).OpenItems.Where(i => i.Currency == currency).ToList();
                if (ours.Count == 0)
                {
                    Assert.Empty(statement.OpenItems);
                    continue;
                }

                var result = StatementReconciliation.Reconcile(ours, CustomerStatementEntries.From(statement));

                Assert.True(result.IsAgreed);
                Assert.Equal(Money.Zero(currency), result.Difference);
            }
        });
    }
}
