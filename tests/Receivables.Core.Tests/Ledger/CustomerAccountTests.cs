using Receivables.Ledger;

namespace Receivables.Tests.Ledger;

public class CustomerAccountTests
{
    private static readonly CustomerId Acme = new("C-ACME");
    private static readonly DateOnly Jan31 = new(2026, 1, 31);

    private static CustomerAccount TwoInvoicesAndAPayment()
        => CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1000.00m, "EUR"), new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(500.00m, "EUR"), Jan31, new(2026, 3, 2)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(1200.00m, "EUR"), new(2026, 2, 15), "INV-2"));

    [Fact]
    public void Application_ReadBack_EqualsTheEventAppended_BeforeAndAfterItsReversal()
    {
        // An account keeps an application as its number; its allocations are read back from the credit's settlements
        // (decision 031). An allocation naming INV-1 twice, amounts with trailing zeros, a second application of the same
        // credit, and a reversal (which removes the settlements) must all read back as appended.
        var applied = new CreditApplied(1, new("PAY-1"), new(2026, 2, 15), [
            new Allocation(new("INV-1"), Money.Of(400.00m, "EUR")),
            new Allocation(new("INV-2"), Money.Of(100m, "EUR")),
            new Allocation(new("INV-1"), Money.Of(250.50m, "EUR"))]);
        var second = new CreditApplied(2, new("PAY-1"), new(2026, 2, 20), [new Allocation(new("INV-2"), Money.Of(49.50m, "EUR"))]);
        var account = TwoInvoicesAndAPayment().Append(applied).Append(second);

        Assert.Equal(applied, account.GetApplication(1));
        Assert.Equal(second, account.GetApplication(2));
        Assert.Equal([applied, second], account.History.OfType<CreditApplied>());
        Assert.Equal("400.00", account.GetApplication(1).Allocations[0].Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var reversed = account.Reverse(1, new(2026, 3, 1), "bounced");

        Assert.Equal(applied, reversed.GetApplication(1));
        Assert.Equal(second, reversed.GetApplication(2));
        Assert.Equal([applied, second], reversed.History.OfType<CreditApplied>());
        Assert.Equal(Money.Of(1000m, "EUR"), reversed.GetItem(new("INV-1")).Open);
        Assert.Equal(applied, account.GetApplication(1));
    }

    [Fact]
    public void Reverse_TheMiddleOfThreePayments_LeavesTheOtherTwoSettlementsInOrder_AndEveryApplicationReadsBack()
    {
        // Settlements are kept as chains in one list per account (decision 032); a reversal unlinks its own from the
        // middle of INV-1's chain and from PAY-2's, and leaves PAY-1's and PAY-3's as they were.
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100.00m, "EUR"), new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(30.00m, "EUR"), new(2026, 2, 1)))
            .Post(Document.Payment(new("PAY-2"), Acme, Money.Of(20.00m, "EUR"), new(2026, 2, 2)))
            .Post(Document.Payment(new("PAY-3"), Acme, Money.Of(10.00m, "EUR"), new(2026, 2, 3)));
        account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 1)).Account;
        account = account.Apply(new("PAY-2"), AllocationPolicies.OldestDueFirst, new(2026, 2, 2)).Account;
        account = account.Apply(new("PAY-3"), AllocationPolicies.OldestDueFirst, new(2026, 2, 3)).Account;
        var applications = account.History.OfType<CreditApplied>().ToArray();

        var reversed = account.Reverse(2, new(2026, 2, 5), "bounced");

        var invoice = reversed.GetItem(new("INV-1"));
        Assert.Equal(Money.Of(60.00m, "EUR"), invoice.Open);
        Assert.Equal(
            [new ItemSettlement(1, new("PAY-1"), Money.Of(30.00m, "EUR"), new(2026, 2, 1)), new ItemSettlement(3, new("PAY-3"), Money.Of(10.00m, "EUR"), new(2026, 2, 3))],
            invoice.Settlements.ToArray());
        Assert.Empty(reversed.GetItem(new("PAY-2")).Settlements);
        Assert.Equal(Money.Of(20.00m, "EUR"), reversed.GetItem(new("PAY-2")).Open);
        Assert.Equal(applications, reversed.History.OfType<CreditApplied>());
        Assert.Equal(3, account.GetItem(new("INV-1")).Settlements.Length);

        // PAY-2 applied again: a fourth settlement after the other two.
        var again = reversed.Apply(new("PAY-2"), AllocationPolicies.OldestDueFirst, new(2026, 2, 6)).Account;
        Assert.Equal([1, 3, 4], again.GetItem(new("INV-1")).Settlements.Select(s => s.ApplicationNumber));
        Assert.Equal(Money.Of(40.00m, "EUR"), again.GetItem(new("INV-1")).Open);
    }

    [Fact]
    public void Builder_PolicyKeepingItsOpenItems_KeepsThemAsTheyWereGiven()
    {
        // Items are kept as rows (decision 032): a policy other than the built-ins is given snapshots, which do not
        // change when the account does.
        var keeping = new KeepingPolicy();
        var builder = ReceivablesLedger.CreateBuilder()
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 20), new(2026, 2, 19)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(150m, "EUR"), new(2026, 2, 10)));

        var applied = builder.Apply(new("PAY-1"), keeping, new(2026, 2, 10));

        Assert.Equal(Money.Of(50m, "EUR"), applied.Unapplied);
        Assert.Equal([Money.Of(100m, "EUR"), Money.Of(100m, "EUR")], keeping.Kept!.Select(i => i.Open));
        Assert.Empty(keeping.Kept![0].Settlements);
        Assert.True(builder.TryGetItem(new("INV-1"), out var first));
        Assert.False(first.IsOpen);
        Assert.Equal([new ItemSettlement(1, new("PAY-1"), Money.Of(100m, "EUR"), new(2026, 2, 10))], first.Settlements.ToArray());
    }

    private sealed class KeepingPolicy : IAllocationPolicy
    {
        public IReadOnlyList<LedgerItem>? Kept { get; private set; }

        public IReadOnlyList<Allocation> Allocate(in AllocationArguments arguments)
        {
            Kept = arguments.OpenItems;
            return [new Allocation(Kept[0].Id, Kept[0].Open)];
        }
    }

    [Fact]
    public void Append_ApplicationNumberAboveWhatAnAccountHolds_IsRefusedBeforeAnythingChanges()
    {
        // A view accepts any number from its next one on; an event mark holds 28 bits of it.
        var view = TwoInvoicesAndAPayment().AsOf(new(2026, 2, 28));
        var huge = new CreditApplied(1 << 28, new("PAY-1"), new(2026, 2, 15), [new Allocation(new("INV-1"), Money.Of(100m, "EUR"))]);

        var refused = Assert.Throws<LedgerException>(() => view.Append(huge));

        Assert.Equal("ApplicationNumber", refused.Field);
        Assert.Equal(Money.Of(1000m, "EUR"), view.GetItem(new("INV-1")).Open);
        Assert.Equal(3, view.History.Count);
    }

    [Fact]
    public void Apply_OldestDueFirst_SettlesOldestThenPartOfNext()
    {
        var result = TwoInvoicesAndAPayment().Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 15));

        Assert.Equal([new Allocation(new("INV-1"), Money.Of(1000m, "EUR")), new Allocation(new("INV-2"), Money.Of(200m, "EUR"))], result.Allocations);
        Assert.Equal(new DateOnly(2026, 2, 15), result.Account.GetItem(new("INV-1")).SettledOn);
        Assert.Equal(Money.Of(300m, "EUR"), result.Account.GetItem(new("INV-2")).Open);
        Assert.Equal(Money.Of(0m, "EUR"), result.Unapplied);
        Assert.Equal(Money.Of(300m, "EUR"), result.Account.BalanceIn(Currency.EUR));
    }

    [Fact]
    public void Apply_ByReference_SettlesTheNamedInvoiceFirst()
    {
        var result = TwoInvoicesAndAPayment().Apply(new("PAY-1"), AllocationPolicies.ByReference(), new(2026, 2, 15));

        Assert.Equal(new Allocation(new("INV-2"), Money.Of(500m, "EUR")), result.Allocations[0]);
        Assert.Equal(new Allocation(new("INV-1"), Money.Of(700m, "EUR")), result.Allocations[1]);
    }

    [Fact]
    public void Apply_ByReference_DoesNotMatchAPrefixOfAnotherNumber()
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-10"), Acme, Money.Of(100m, "EUR"), Jan31, Jan31))
            .Post(Document.Invoice(new("INV-100"), Acme, Money.Of(100m, "EUR"), Jan31, Jan31))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(100m, "EUR"), Jan31, "INV-100"));

        var result = account.Apply(new("PAY-1"), AllocationPolicies.ByReference(thenOldestDueFirst: false), Jan31);

        Assert.Equal(new DocumentId("INV-100"), Assert.Single(result.Allocations).Item);
    }

    [Fact]
    public void Apply_Proportional_SplitsByOpenAmountsToTheCent()
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100.00m, "EUR"), Jan31, Jan31))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(100.00m, "EUR"), Jan31, Jan31))
            .Post(Document.Invoice(new("INV-3"), Acme, Money.Of(100.00m, "EUR"), Jan31, Jan31))
            .Post(Document.CreditNote(new("CN-1"), Acme, Money.Of(100.00m, "EUR"), Jan31));

        var result = account.Apply(new("CN-1"), AllocationPolicies.Proportional, Jan31);

        Assert.Equal([33.34m, 33.33m, 33.33m], result.Allocations.Select(a => a.Amount.Amount));
    }

    [Fact]
    public void Apply_Overpayment_LeavesUnappliedCash()
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "USD"), Jan31, Jan31))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(150m, "USD"), Jan31));

        var result = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, Jan31);

        Assert.Equal(Money.Of(50m, "USD"), result.Unapplied);
        Assert.Equal(Money.Of(-50m, "USD"), result.Account.BalanceIn(Currency.USD));
        Assert.Single(result.Account.UnappliedCredits);
    }

    [Fact]
    public void Apply_NothingOpen_IsAResultNotAnError()
    {
        var account = CustomerAccount.Create(Acme).Post(Document.Payment(new("PAY-1"), Acme, Money.Of(150m, "USD"), Jan31));

        var result = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, Jan31);

        Assert.Null(result.ApplicationNumber);
        Assert.Empty(result.Allocations);
        Assert.Same(account, result.Account);
        Assert.Equal(Money.Of(150m, "USD"), result.Unapplied);
    }

    [Fact]
    public void Apply_OldestDueFirst_SkipsDisputedItems()
    {
        var account = TwoInvoicesAndAPayment().OpenDispute(new("INV-1"), new(2026, 2, 12), "goods damaged");

        var result = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 15));

        Assert.Equal(new Allocation(new("INV-2"), Money.Of(500m, "EUR")), Assert.Single(result.Allocations));
        Assert.Equal(Money.Of(700m, "EUR"), result.Unapplied);
    }

    [Fact]
    public void Reverse_RestoresOpenAmountsAndKeepsTheHistory()
    {
        var applied = TwoInvoicesAndAPayment().Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 15));

        var reversed = applied.Account.Reverse(applied.ApplicationNumber!.Value, new(2026, 2, 20), "bounced");

        Assert.Equal(Money.Of(1000m, "EUR"), reversed.GetItem(new("INV-1")).Open);
        Assert.Null(reversed.GetItem(new("INV-1")).SettledOn);
        Assert.Equal(Money.Of(1200m, "EUR"), reversed.GetItem(new("PAY-1")).Open);
        Assert.IsType<ApplicationReversed>(reversed.History[^1]);
        Assert.True(reversed.IsReversed(1));
        var again = Assert.Throws<LedgerException>(() => reversed.Reverse(1, new(2026, 2, 21)));
        Assert.Equal(LedgerError.AlreadyReversed, again.Error);
    }

    [Fact]
    public void WriteOff_PostsAndAppliesInOneStep()
    {
        var result = TwoInvoicesAndAPayment().WriteOff(new("INV-1"), new("WO-1"), new(2026, 12, 31), reason: "customer insolvent");

        Assert.False(result.Account.GetItem(new("INV-1")).IsOpen);
        Assert.Equal(DocumentKind.WriteOff, result.Account.GetItem(new("WO-1")).Document.Kind);
        Assert.Equal(Money.Of(500m, "EUR") - Money.Of(1200m, "EUR"), result.Account.BalanceIn(Currency.EUR));
    }

    [Fact]
    public void RecordPromise_ClearedWhenTheItemIsPaid()
    {
        var promised = TwoInvoicesAndAPayment().RecordPromise(new("INV-1"), new(2026, 2, 10), new(2026, 2, 14), Money.Of(1000m, "EUR"), "phone call");

        Assert.True(promised.GetItem(new("INV-1")).Promise!.IsBrokenOn(new(2026, 2, 15)));
        var paid = promised.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 15)).Account;
        Assert.Null(paid.GetItem(new("INV-1")).Promise);
    }

    // Bad input: each is refused with an error naming the field, and the account is unchanged.
    [Fact]
    public void Invoice_NegativeAmount_IsRejectedNamingAmount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Document.Invoice(new("INV-9"), Acme, Money.Of(-10m, "EUR"), Jan31, Jan31));

        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void Invoice_DueDateBeforeDocumentDate_IsRejectedNamingDueDate()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Document.Invoice(new("INV-9"), Acme, Money.Of(10m, "EUR"), Jan31, new(2026, 1, 30)));

        Assert.Equal("dueDate", ex.ParamName);
    }

    [Fact]
    public void Payment_ZeroAmount_IsRejectedNamingAmount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Document.Payment(new("PAY-9"), Acme, Money.Of(0m, "EUR"), Jan31));

        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void Invoice_MoreDecimalsThanTheCurrency_IsRejectedNamingAmount()
    {
        var ex = Assert.Throws<ArgumentException>(() => Document.Invoice(new("INV-9"), Acme, Money.Of(10.005m, "EUR"), Jan31, Jan31));

        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void Money_UnknownCurrencyCode_IsRejectedNamingTheCode()
    {
        var ex = Assert.Throws<UnknownCurrencyException>(() => Money.Of(10m, "EURO"));

        Assert.Equal("currencyCode", ex.ParamName);
        Assert.Equal("EURO", ex.CurrencyCode);
    }

    [Fact]
    public void Post_DuplicateDocumentId_IsRefusedAndAccountUnchanged()
    {
        var account = TwoInvoicesAndAPayment();

        var ex = Assert.Throws<LedgerException>(() => account.Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1m, "EUR"), Jan31, Jan31)));

        Assert.Equal(LedgerError.DuplicateDocumentId, ex.Error);
        Assert.Equal("document.Id", ex.Field);
        Assert.Equal(3, account.History.Count);
        Assert.Equal(Money.Of(300m, "EUR"), account.BalanceIn(Currency.EUR));
    }

    [Fact]
    public void Post_OtherCustomersDocument_IsRefused()
    {
        var ex = Assert.Throws<LedgerException>(() => CustomerAccount.Create(Acme).Post(Document.Invoice(new("INV-1"), new("C-OTHER"), Money.Of(1m, "EUR"), Jan31, Jan31)));

        Assert.Equal(LedgerError.CustomerMismatch, ex.Error);
        Assert.Equal("document.Customer", ex.Field);
    }

    [Fact]
    public void Apply_PaymentInAnotherCurrencyThanTheItem_IsRefusedNamingTheItem()
    {
        var account = TwoInvoicesAndAPayment().Post(Document.Payment(new("PAY-USD"), Acme, Money.Of(100m, "USD"), new(2026, 2, 15)));

        var ex = Assert.Throws<LedgerException>(() => account.Apply(new("PAY-USD"), AllocationPolicies.Specified(new Allocation(new("INV-1"), Money.Of(100m, "USD"))), new(2026, 2, 15)));

        Assert.Equal(LedgerError.CurrencyMismatch, ex.Error);
        Assert.Equal("allocations[0].Item", ex.Field);
        Assert.Equal(Money.Of(1000m, "EUR"), account.GetItem(new("INV-1")).Open);
    }

    [Fact]
    public void Apply_ToUnknownItem_IsRefusedNamingTheAllocation()
    {
        var account = TwoInvoicesAndAPayment();

        var ex = Assert.Throws<LedgerException>(() => account.Apply(new("PAY-1"), AllocationPolicies.Specified(new Allocation(new("INV-404"), Money.Of(1m, "EUR"))), new(2026, 2, 15)));

        Assert.Equal(LedgerError.UnknownDocument, ex.Error);
        Assert.Equal("allocations[0].Item", ex.Field);
        Assert.Equal(0, account.ApplicationCount);
    }

    [Fact]
    public void Apply_ToSettledItem_IsRefused()
    {
        var account = TwoInvoicesAndAPayment().Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 15)).Account
            .Post(Document.Payment(new("PAY-2"), Acme, Money.Of(10m, "EUR"), new(2026, 2, 16)));

        var ex = Assert.Throws<LedgerException>(() => account.Apply(new("PAY-2"), AllocationPolicies.Specified(new Allocation(new("INV-1"), Money.Of(10m, "EUR"))), new(2026, 2, 16)));

        Assert.Equal(LedgerError.ItemSettled, ex.Error);
        Assert.Equal(Money.Of(10m, "EUR"), account.GetItem(new("PAY-2")).Open);
    }

    [Fact]
    public void Apply_MoreThanTheItemIsOpen_IsRefusedAndNothingHalfApplied()
    {
        var account = TwoInvoicesAndAPayment();
        var policy = AllocationPolicies.Specified(
            new Allocation(new("INV-1"), Money.Of(600m, "EUR")),
            new Allocation(new("INV-2"), Money.Of(600m, "EUR")));

        var ex = Assert.Throws<LedgerException>(() => account.Apply(new("PAY-1"), policy, new(2026, 2, 15)));

        Assert.Equal(LedgerError.OverAllocation, ex.Error);
        Assert.Equal("allocations[1].Amount", ex.Field);
        Assert.Equal(Money.Of(1000m, "EUR"), account.GetItem(new("INV-1")).Open);
    }

    [Fact]
    public void Apply_MoreThanThePayment_IsRefused()
    {
        var account = TwoInvoicesAndAPayment().Post(Document.Invoice(new("INV-3"), Acme, Money.Of(5000m, "EUR"), Jan31, Jan31));

        var ex = Assert.Throws<LedgerException>(() => account.Apply(new("PAY-1"), AllocationPolicies.Specified(new Allocation(new("INV-3"), Money.Of(1500m, "EUR"))), new(2026, 2, 15)));

        Assert.Equal(LedgerError.OverAllocation, ex.Error);
        Assert.Equal("allocations", ex.Field);
    }

    [Fact]
    public void ReceivablesLedger_DuplicateIdAcrossCustomers_IsRefused()
    {
        var ledger = ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1m, "EUR"), Jan31, Jan31));

        var ex = Assert.Throws<LedgerException>(() => ledger.Post(Document.Invoice(new("INV-1"), new("C-OTHER"), Money.Of(1m, "EUR"), Jan31, Jan31)));

        Assert.Equal(LedgerError.DuplicateDocumentId, ex.Error);
        Assert.Equal(1, ledger.DocumentCount);
    }

    [Fact]
    public void OpenItem_FromDocumentPaidByAcceptanceBill_CarriesTheMethodAndCollectsOnMaturity()
    {
        var bill = Document.Invoice(new("INV-9"), Acme, Money.Of(50_000m, "CNY"), new(2026, 11, 1), new(2026, 11, 20))
            with { PaymentMethod = Receivables.Terms.PaymentMethod.AcceptanceBill(new DateOnly(2027, 1, 20)) };

        var item = Assert.Single(CustomerAccount.Create(Acme).Post(bill).OpenItems);

        Assert.Equal(Receivables.Terms.PaymentMethodKind.AcceptanceBill, item.PaymentMethod.Kind);
        Assert.Equal(new DateOnly(2026, 11, 20), item.DueDate);
        Assert.Equal(new DateOnly(2027, 1, 20), item.CollectionDate);
        Assert.Equal(new DateOnly(2027, 1, 20), bill.CollectionDate);
    }

    [Fact]
    public void Json_DocumentWithPaymentMethod_RoundTrips()
    {
        var bill = Document.Invoice(new("INV-9"), Acme, Money.Of(50_000m, "CNY"), new(2026, 11, 1), new(2026, 11, 20))
            with { PaymentMethod = Receivables.Terms.PaymentMethod.AcceptanceBill(new DateOnly(2027, 1, 20)) };
        var debit = Document.Invoice(new("INV-10"), Acme, Money.Of(80m, "CNY"), new(2026, 11, 1), new(2026, 11, 20))
            with { PaymentMethod = Receivables.Terms.PaymentMethod.DirectDebit };

        var json = System.Text.Json.JsonSerializer.Serialize(bill);

        Assert.Contains("\"paymentMethod\":{\"kind\":\"AcceptanceBill\",\"maturityDate\":\"2027-01-20\"}", json, StringComparison.Ordinal);
        Assert.Equal(bill, System.Text.Json.JsonSerializer.Deserialize<Document>(json));
        Assert.Equal(debit, System.Text.Json.JsonSerializer.Deserialize<Document>(System.Text.Json.JsonSerializer.Serialize(debit)));
    }
}
