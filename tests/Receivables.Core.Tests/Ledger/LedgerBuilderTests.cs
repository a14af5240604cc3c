using FsCheck;
using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class LedgerBuilderTests
{
    private static readonly CustomerId Acme = new("C-1");
    private static readonly CustomerId Bolt = new("C-2");

    [Fact]
    public void Append_AnyRawEventSequence_BuilderInPlaceEqualsTheCopyingAccountAndRefusalsChangeNothing()
    {
        Properties.Check(Arbitraries.LedgerStepsGen.ToArbitrary(), steps =>
        {
            // The oracle is the copying account: a refused event leaves it untouched by construction. The builder
            // changes its state in place, so a half-applied refusal would show as a difference.
            var account = CustomerAccount.Create(LedgerModel.Customer);
            var builder = ReceivablesLedger.CreateBuilder();
            for (var i = 0; i < steps.Length; i++)
            {
                var e = LedgerModel.EventFor(account, steps[i], i);
                LedgerException? accountRefusal = null;
                LedgerException? builderRefusal = null;
                try
                {
                    account = account.Append(e);
                }
                catch (LedgerException ex)
                {
                    accountRefusal = ex;
                }

                try
                {
                    builder.Append(LedgerModel.Customer, e);
                }
                catch (LedgerException ex)
                {
                    builderRefusal = ex;
                }

                Assert.Equal(accountRefusal?.Field, builderRefusal?.Field);
                Assert.Equal(LedgerModel.Snapshot(account), LedgerModel.Snapshot(builder.Account(LedgerModel.Customer)));
                Assert.Equal(account.History.Count, builder.Account(LedgerModel.Customer).History.Count);
            }
        });
    }

    [Fact]
    public void Apply_AnInvoiceAsTheCredit_RefusedNamingTheCreditOnBothPaths()
    {
        // The ledger and the builder share one check: applying a debit is refused with the field and the document's
        // kind, and nothing is recorded.
        var invoice = Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31));
        var account = ReceivablesLedger.Empty.Post(invoice).Account(Acme);
        var builder = ReceivablesLedger.Empty.ToBuilder();
        builder.Post(invoice);

        var fromAccount = Assert.Throws<LedgerException>(() => account.Apply(new("INV-1"), AllocationPolicies.OldestDueFirst, new(2026, 1, 10)));
        var fromBuilder = Assert.Throws<LedgerException>(() => builder.Apply(new("INV-1"), AllocationPolicies.OldestDueFirst, new(2026, 1, 10)));

        foreach (var error in new[] { fromAccount, fromBuilder })
        {
            Assert.Equal(LedgerError.WrongDirection, error.Error);
            Assert.Equal("credit", error.Field);
            Assert.Contains("INV-1 is a debit (Invoice)", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, builder.ToLedger().Account(Acme).ApplicationCount);
        Assert.Equal(100m, builder.ToLedger().Account(Acme).GetItem(new("INV-1")).Open.Amount);
    }

    [Fact]
    public void ToLedger_PostAndApply_EqualsTheLedgerOperationsOneByOne()
    {
        var documents = new[]
        {
            Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)),
            Document.Invoice(new("INV-2"), Bolt, Money.Of(50m, "EUR"), new(2026, 1, 2), new(2026, 2, 1)),
            Document.Invoice(new("INV-3"), Acme, Money.Of(70m, "EUR"), new(2026, 1, 3), new(2026, 1, 20)),
            Document.Payment(new("PAY-1"), Acme, Money.Of(120m, "EUR"), new(2026, 1, 10), "INV-1"),
        };
        var ledger = ReceivablesLedger.Empty;
        var builder = ReceivablesLedger.CreateBuilder();
        foreach (var document in documents)
        {
            ledger = ledger.Post(document);
            builder.Post(document);
        }

        ledger = ledger.Apply(new("PAY-1"), AllocationPolicies.ByReference(), new(2026, 1, 10)).Ledger;
        var applied = builder.Apply(new("PAY-1"), AllocationPolicies.ByReference(), new(2026, 1, 10));

        var built = builder.ToLedger();

        Assert.Equal(Money.Of(120m, "EUR"), applied.Applied);
        Assert.Equal(1, applied.ApplicationNumber);
        Assert.Equal(ledger.Sequence, built.Sequence);
        Assert.Equal(5, built.Sequence);
        Assert.Equal(ledger.DocumentCount, built.DocumentCount);
        Assert.Equal(ledger.Accounts.Select(LedgerModel.Snapshot), built.Accounts.Select(LedgerModel.Snapshot));
        Assert.Equal(ledger.Accounts.Select(a => a.Sequences.ToList()), built.Accounts.Select(a => a.Sequences.ToList()));
        Assert.True(built.TryGetOwner(new("INV-2"), out var owner));
        Assert.Equal(Bolt, owner);
    }

    // Customers loaded one after another (each a few invoices and payments), some of them visited again after others.
    private static readonly Arbitrary<(int Invoices, int Payments)[]> Loads =
        Gen.ArrayOf(Gen.Choose(1, 12).SelectMany(invoices => Gen.Choose(0, 6).Select(payments => (invoices, payments))))
            .Where(loads => loads.Length >= 9 && loads.Length <= 24)
            .ToArbitrary();

    [Fact]
    public void ToLedger_ManyAccountsOneAfterAnother_EqualsTheLedgerOperationsOneByOne()
    {
        // After eight accounts a builder starts new accounts with room for about the median size of the last ones left
        // (decision 032): a performance hint only. Accounts smaller and larger than their room, and accounts gone back
        // to, must come out as the one-by-one operations make them.
        Properties.Check(Loads, loads =>
        {
            var ledger = ReceivablesLedger.Empty;
            var builder = ReceivablesLedger.CreateBuilder();
            for (var visit = 0; visit < loads.Length + 3; visit++)
            {
                // The last three visits go back to the first three customers.
                var c = visit < loads.Length ? visit : visit - loads.Length;
                var (invoices, payments) = loads[c];
                var customer = new CustomerId($"C-{c}");
                for (var k = 0; k < invoices; k++)
                {
                    var invoice = Document.Invoice(new($"INV-{c}-{visit}-{k}"), customer, Money.Of(10m + k + c, "EUR"), new(2026, 1, 1 + k), new(2026, 2, 1 + k));
                    ledger = ledger.Post(invoice);
                    builder.Post(invoice);
                }

                for (var k = 0; k < payments; k++)
                {
                    var payment = Document.Payment(new($"PAY-{c}-{visit}-{k}"), customer, Money.Of(7m + (3 * k), "EUR"), new(2026, 3, 1 + k));
                    ledger = ledger.Post(payment).Apply(payment.Id, AllocationPolicies.OldestDueFirst, payment.DocumentDate).Ledger;
                    builder.Post(payment).Apply(payment.Id, AllocationPolicies.OldestDueFirst, payment.DocumentDate);
                }
            }

            var built = builder.ToLedger();
            Assert.Equal(ledger.Sequence, built.Sequence);
            Assert.Equal(ledger.Accounts.Select(LedgerModel.Snapshot), built.Accounts.Select(LedgerModel.Snapshot));
            Assert.Equal(ledger.Accounts.Select(a => a.Sequences.ToList()), built.Accounts.Select(a => a.Sequences.ToList()));
        });
    }

    [Fact]
    public void Post_DuplicateIdOfAnotherCustomer_RefusedAndBuilderUnchanged()
    {
        var builder = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

        var error = Assert.Throws<LedgerException>(() => builder.Post(Document.Invoice(new("INV-1"), Bolt, Money.Of(5m, "EUR"), new(2026, 1, 1), new(2026, 1, 31))));

        Assert.Equal(LedgerError.DuplicateDocumentId, error.Error);
        Assert.Equal(1, builder.DocumentCount);
        Assert.Equal(1, builder.Sequence);
        Assert.Empty(builder.ToLedger().Account(Bolt).Items);
    }

    [Fact]
    public void Post_RefusedByTheAccount_IdNotTakenAndBuilderUnchanged()
    {
        // Points used with two minor units, then a document in "points" with none: the account refuses it.
        var points = Currency.Custom("POINTS", 2);
        var builder = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, new Money(100m, points), new(2026, 1, 1), new(2026, 1, 31)));

        var error = Assert.Throws<LedgerException>(() => builder.Post(Document.Invoice(new("INV-2"), Acme, new Money(5m, Currency.Custom("POINTS", 0)), new(2026, 1, 2), new(2026, 2, 1))));

        Assert.Equal(LedgerError.CurrencyMismatch, error.Error);
        Assert.False(builder.TryGetItem(new("INV-2"), out _));
        Assert.Equal(1, builder.DocumentCount);
        builder.Post(Document.Invoice(new("INV-2"), Bolt, new Money(5m, points), new(2026, 1, 2), new(2026, 2, 1)));
        var ledger = builder.ToLedger();
        Assert.True(ledger.TryGetOwner(new("INV-2"), out var owner));
        Assert.Equal(Bolt, owner);
        Assert.Equal(2, ledger.DocumentCount);
    }

    [Fact]
    public void ToLedger_BuilderGoesOn_EarlierLedgerNeverChanges()
    {
        var builder = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(40m, "EUR"), new(2026, 1, 5)));
        var first = builder.ToLedger();

        builder.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 1, 5));
        builder.Post(Document.Invoice(new("INV-2"), Acme, Money.Of(10m, "EUR"), new(2026, 1, 6), new(2026, 1, 31)));
        var second = builder.ToLedger();

        Assert.Equal(Money.Of(60m, "EUR"), first.Account(Acme).BalanceIn(Currency.EUR));
        Assert.Equal(Money.Of(100m, "EUR"), first.Account(Acme).GetItem(new("INV-1")).Open);
        Assert.False(first.TryGetOwner(new("INV-2"), out _));
        Assert.Equal(2, first.DocumentCount);
        Assert.Equal(Money.Of(60m, "EUR"), second.Account(Acme).GetItem(new("INV-1")).Open);
        Assert.Equal(3, second.DocumentCount);
        Assert.Equal(4, second.Sequence);
    }

    [Fact]
    public void ToBuilder_ContinuesALedger_LedgerUnchangedAndIdsStillUnique()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));
        var builder = ledger.ToBuilder();

        builder.Post(Document.Payment(new("PAY-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 5)));
        builder.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 1, 5));
        var error = Assert.Throws<LedgerException>(() => builder.Post(Document.Invoice(new("INV-1"), Bolt, Money.Of(1m, "EUR"), new(2026, 1, 1), new(2026, 1, 1))));

        Assert.Equal("document.Id", error.Field);
        Assert.Equal(Money.Of(100m, "EUR"), ledger.Account(Acme).BalanceIn(Currency.EUR));
        Assert.Equal(Money.Zero(Currency.EUR), builder.ToLedger().Account(Acme).BalanceIn(Currency.EUR));
    }
}

public class ReceivablesLedgerUpdateTests
{
    private static readonly CustomerId Acme = new("C-1");
    private static readonly CustomerId Bolt = new("C-2");

    [Fact]
    public void Update_ChangeReturnsAReplacedAccount_RefusedAndIdsStayWithTheirAccounts()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

        var error = Assert.Throws<ArgumentException>(() => ledger.Update(Acme, _ => CustomerAccount.Create(Acme)));

        Assert.Equal("change", error.ParamName);
        Assert.True(ledger.TryGetOwner(new("INV-1"), out var owner));
        Assert.Equal(Acme, owner);
    }

    [Fact]
    public void Update_AccountRebuiltWithAnotherCustomersId_Refused()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), Bolt, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

        var replaced = Assert.Throws<ArgumentException>(() => ledger.Update(Bolt, _ => CustomerAccount.Create(Bolt).Post(Document.Invoice(new("INV-1"), Bolt, Money.Of(5m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))));
        var duplicate = Assert.Throws<LedgerException>(() => ledger.Update(Bolt, a => a.Post(Document.Invoice(new("INV-1"), Bolt, Money.Of(5m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))));

        Assert.Equal("change", replaced.ParamName);
        Assert.Equal(LedgerError.DuplicateDocumentId, duplicate.Error);
    }

    [Fact]
    public void Update_ExtendingChange_NewEventsGetTheLedgersNextSequenceNumbers()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), Bolt, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

        var next = ledger.Update(Acme, a => a.OpenDispute(new("INV-1"), new(2026, 1, 5), "price").RecordPromise(new("INV-1"), new(2026, 1, 6), new(2026, 2, 1), Money.Of(50m, "EUR")));

        Assert.Equal([1L, 3L, 4L], next.Account(Acme).Sequences);
        Assert.Equal(4, next.Sequence);
    }
}

public class PromiseStatusTests
{
    private static readonly CustomerId Acme = new("C-1");

    private static CustomerAccount Promised(decimal paid, int paidOnDay)
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(800m, "CNY"), new(2026, 1, 1), new(2026, 1, 31)))
            .RecordPromise(new("INV-1"), new(2026, 2, 5), new(2026, 2, 15), Money.Of(500m, "CNY"), "phone");
        if (paid > 0)
        {
            account = account.Post(Document.Payment(new("PAY-1"), Acme, Money.Of(paid, "CNY"), new(2026, 2, paidOnDay)));
            account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, paidOnDay)).Account;
        }

        return account;
    }

    [Theory]
    [InlineData(300, 10, 20, PromiseState.PartlyKept, 300)]
    [InlineData(300, 10, 12, PromiseState.Pending, 300)]
    [InlineData(500, 14, 20, PromiseState.Kept, 500)]
    [InlineData(800, 14, 20, PromiseState.Kept, 800)]
    [InlineData(0, 10, 20, PromiseState.Broken, 0)]
    [InlineData(500, 20, 25, PromiseState.Broken, 0)]
    public void PromiseStatus_PaidByTheDate_State(decimal paid, int paidOnDay, int askedOnDay, PromiseState expected, decimal counted)
    {
        var status = Promised(paid, paidOnDay).PromiseStatus(new("INV-1"), new(2026, 2, askedOnDay));

        Assert.Equal(expected, status!.State);
        Assert.Equal(Money.Of(counted, "CNY"), status.Paid);
    }

    [Fact]
    public void PromiseStatus_Cleared_ClearedUnlessAlreadyKept()
    {
        var account = Promised(0, 1).ClearPromise(new("INV-1"), new(2026, 2, 8), "withdrawn");

        Assert.Equal(PromiseState.Cleared, account.PromiseStatus(new("INV-1"), new(2026, 2, 20))!.State);
        Assert.Equal(PromiseState.Pending, account.PromiseStatus(new("INV-1"), new(2026, 2, 7))!.State);
        Assert.Null(account.PromiseStatus(new("INV-1"), new(2026, 2, 4)));
    }

    [Fact]
    public void EnsureCapacity_AHintOnly_PostingMoreStillWorksAndNegativeIsRefused()
    {
        var builder = ReceivablesLedger.CreateBuilder().EnsureCapacity(2);
        for (var i = 1; i <= 5; i++)
        {
            builder.Post(Document.Invoice(new($"INV-{i}"), new CustomerId("C-1"), Money.Of(100m, "EUR"), new(2026, 1, i), new(2026, 2, i)));
        }

        Assert.Equal(5, builder.ToLedger().DocumentCount);
        Assert.Equal("documents", Assert.Throws<ArgumentOutOfRangeException>(() => builder.EnsureCapacity(-1)).ParamName);
    }
}
