using FsCheck.Fluent;
using Receivables.Ledger;
using Receivables.Serialization;
using Receivables.Tests.Support;

namespace Receivables.Tests.Ledger;

public class PaymentPlanTests
{
    private static readonly CustomerId Acme = new("C-1");
    private static readonly DateOnly May1 = new(2026, 5, 1);

    /// <summary>INV-1 1,000.00 due 31 Jan, 400 paid; INV-2 600.00 due 28 Feb: 1,200.00 open on 1 May.</summary>
    private static CustomerAccount Overdue()
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1000m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(600m, "EUR"), new(2026, 1, 29), new(2026, 2, 28)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(400m, "EUR"), new(2026, 3, 15)));
        return account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 3, 15)).Account;
    }

    private static Installment[] ThreeMonthly() =>
    [
        new(Money.Of(400m, "EUR"), new(2026, 5, 31)),
        new(Money.Of(400m, "EUR"), new(2026, 6, 30)),
        new(Money.Of(400m, "EUR"), new(2026, 7, 31)),
    ];

    [Fact]
    public void AgreePaymentPlan_TwoOverdueInvoices_ClosedAndReplacedByThreeInstallments()
    {
        var account = Overdue().AgreePaymentPlan(new("PLAN-1"), May1, [new("INV-1"), new("INV-2")], ThreeMonthly(), "三期");

        var open = account.OpenItems.ToList();

        Assert.Equal(["PLAN-1/1", "PLAN-1/2", "PLAN-1/3"], open.Select(o => o.Id.Value));
        Assert.All(open, o => Assert.Equal(May1, o.DocumentDate));
        Assert.Equal(["PLAN-1", "INV-1", "INV-2"], open[0].References.ToArray());
        Assert.Equal(May1, account.GetItem(new("INV-1")).SettledOn);
        Assert.Equal(new ItemSettlement(0, new("PLAN-1"), Money.Of(600m, "EUR"), May1), account.GetItem(new("INV-1")).Settlements[^1]);
        Assert.Equal(Money.Of(1200m, "EUR"), account.BalanceIn(Currency.EUR));
        var plan = Assert.Single(account.PaymentPlans);
        Assert.Equal(Money.Of(1200m, "EUR"), plan.Agreement.Total);
        Assert.False(plan.IsCancelled);
        Assert.Equal(2, account.AsOf(new(2026, 4, 30)).OpenItems.Count());
        Assert.DoesNotContain(account.PaymentRecords(), r => r.Payment == new DocumentId("PLAN-1"));
    }

    [Fact]
    public void AgreePaymentPlan_InstallmentsNotAddingUp_RefusedNamingInstallments()
    {
        var account = Overdue();

        var error = Assert.Throws<ArgumentException>(() => account.AgreePaymentPlan(new("PLAN-1"), May1, [new("INV-1"), new("INV-2")], ThreeMonthly()[..2]));

        Assert.Equal("installments", error.ParamName);
    }

    [Theory]
    [InlineData("INV-9", "items[0].Item", LedgerError.UnknownDocument)]
    [InlineData("PAY-1", "items[0].Item", LedgerError.UnknownDocument)]
    public void AgreePaymentPlan_UnknownOrCreditItem_RefusedNamingTheItem(string item, string field, LedgerError expected)
    {
        var account = Overdue();
        var open = item == "PAY-1" ? Money.Of(400m, "EUR") : Money.Of(1m, "EUR");

        // The item's open amount is looked up first (unknown → refused); a raw event reaches the account's checks.
        var error = item == "PAY-1"
            ? Assert.Throws<LedgerException>(() => account.Append(new PaymentPlanAgreed(new("PLAN-1"), May1, [new Allocation(new(item), open)], [new(open, May1)])))
            : Assert.Throws<LedgerException>(() => account.AgreePaymentPlan(new("PLAN-1"), May1, [new(item)], [new(open, May1)]));

        Assert.Equal(field, error.Field);
        Assert.Equal(item == "PAY-1" ? LedgerError.WrongDirection : expected, error.Error);
    }

    [Fact]
    public void Append_PlanTakingLessThanIsOpen_RefusedAndNothingChanged()
    {
        var account = Overdue();
        var before = LedgerModel.Snapshot(account);

        var error = Assert.Throws<LedgerException>(() => account.Append(new PaymentPlanAgreed(new("PLAN-1"), May1, [new Allocation(new("INV-2"), Money.Of(100m, "EUR"))], [new(Money.Of(100m, "EUR"), May1)])));

        Assert.Equal("items[0].Amount", error.Field);
        Assert.Equal(before, LedgerModel.Snapshot(account));
    }

    [Fact]
    public void AgreePaymentPlan_DatedBeforeAnApplicationOnTheItem_RefusedNamingDate()
    {
        var account = Overdue();

        var error = Assert.Throws<LedgerException>(() => account.AgreePaymentPlan(new("PLAN-1"), new(2026, 3, 1), [new("INV-1")], [new(Money.Of(600m, "EUR"), new(2026, 4, 1))]));

        Assert.Equal("date", error.Field);
        Assert.Equal(LedgerError.InvalidDate, error.Error);
    }

    [Fact]
    public void AgreePaymentPlan_IdTaken_RefusedInTheLedger()
    {
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("PLAN-1/2"), new("C-2"), Money.Of(5m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

        var error = Assert.Throws<LedgerException>(() => ledger.Update(Acme, a => a.AgreePaymentPlan(new("PLAN-1"), May1, [new("INV-1")], [new(Money.Of(50m, "EUR"), May1), new(Money.Of(50m, "EUR"), May1)])));

        Assert.Equal(LedgerError.DuplicateDocumentId, error.Error);
        Assert.Equal("plan", error.Field);
    }

    [Fact]
    public void CancelPaymentPlan_Broken_RemainingInstallmentsStayDueOnTheirOwnDates()
    {
        var account = Overdue().AgreePaymentPlan(new("PLAN-1"), May1, [new("INV-1"), new("INV-2")], ThreeMonthly());

        var broken = account.CancelPaymentPlan(new("PLAN-1"), new(2026, 6, 10), note: "installment 1 unpaid");

        Assert.Equal([new DateOnly(2026, 5, 31), new(2026, 6, 30), new(2026, 7, 31)], broken.OpenItems.Select(o => o.DueDate));
        Assert.Equal(new DateOnly(2026, 6, 10), broken.PaymentPlans[0].CancelledOn);
        Assert.Equal(0m, broken.GetItem(new("INV-1")).Open.Amount);
        Assert.Equal(LedgerError.PlanState, Assert.Throws<LedgerException>(() => broken.CancelPaymentPlan(new("PLAN-1"), new(2026, 6, 11))).Error);
        Assert.Equal("plan", Assert.Throws<LedgerException>(() => broken.CancelPaymentPlan(new("PLAN-9"), new(2026, 6, 11))).Field);
    }

    [Fact]
    public void CancelPaymentPlan_Accelerated_OpenInstallmentsDueOnTheCancellationDateOnlyFromThatDate()
    {
        var account = Overdue().AgreePaymentPlan(new("PLAN-1"), May1, [new("INV-1"), new("INV-2")], ThreeMonthly());

        var accelerated = account.CancelPaymentPlan(new("PLAN-1"), new(2026, 6, 10), accelerate: true);

        Assert.Equal([new DateOnly(2026, 5, 31), new(2026, 6, 10), new(2026, 6, 10)], accelerated.OpenItems.Select(o => o.DueDate));
        Assert.Equal([new DateOnly(2026, 5, 31), new(2026, 6, 30), new(2026, 7, 31)], accelerated.OpenItems.Select(o => o.OriginalDueDate));
        Assert.Equal([new DateOnly(2026, 5, 31), new(2026, 6, 30), new(2026, 7, 31)], accelerated.AsOf(new(2026, 6, 9)).OpenItems.Select(o => o.DueDate));
    }

    [Fact]
    public void Json_PlanAndCancellationAndExtension_RoundTripAndReplay()
    {
        var account = Overdue().AgreePaymentPlan(new("PLAN-1"), May1, [new("INV-1"), new("INV-2")], ThreeMonthly(), "三期")
            .ExtendDueDate(new("PLAN-1/1"), new(2026, 6, 15), new(2026, 5, 20), "延期")
            .CancelPaymentPlan(new("PLAN-1"), new(2026, 7, 1), accelerate: true, "broken");

        var replayed = CustomerAccount.Replay(Acme, ReceivablesJson.DeserializeHistory(ReceivablesJson.SerializeHistory(account.History)));

        Assert.Equal(account.History, replayed.History);
        Assert.Equal(LedgerModel.Snapshot(account), LedgerModel.Snapshot(replayed));
    }

    private static readonly FsCheck.Arbitrary<(int[] Units, int Parts, int Paid)> Plans =
        (from units in Gen.ArrayOf(Gen.Choose(1, 5_000_000), Gen.Choose(1, 6).Sample(1)[0])
         from parts in Gen.Choose(1, 12)
         from paid in Gen.Choose(0, 99)
         select (units, parts, paid)).ToArbitrary();

    [Fact]
    public void AgreePaymentPlan_AnyItemsAndSplit_ConservesMoney()
    {
        Properties.Check(Plans, input =>
        {
            var account = CustomerAccount.Create(Acme);
            for (var i = 0; i < input.Units.Length; i++)
            {
                account = account.Post(Document.Invoice(new($"INV-{i}"), Acme, new Money(input.Units[i] * 0.01m, Currency.EUR), new(2026, 1, 1), new(2026, 1, 31)));
            }

            // Less than the first invoice is paid, so something stays open.
            var payment = new Money((long)input.Units[0] * input.Paid / 100 * 0.01m, Currency.EUR);
            if (payment.IsPositive)
            {
                account = account.Post(Document.Payment(new("PAY-1"), Acme, payment, new(2026, 2, 1)));
                account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 1)).Account;
            }

            var expected = input.Units.Sum(u => u * 0.01m) - payment.Amount;
            var open = account.OpenItems.ToList();
            var total = open.Aggregate(Money.Zero(Currency.EUR), (s, o) => s + o.Open);

            var planned = account.AgreePaymentPlan(new("PLAN-1"), May1, open.Select(o => o.Id), LedgerModel.Split(total, input.Parts, May1, 30));

            Assert.Equal(expected, planned.OpenItems.Sum(o => o.Open.Amount));
            Assert.All(planned.OpenItems, o => Assert.StartsWith("PLAN-1/", o.Id.Value, StringComparison.Ordinal));
            Assert.Equal(account.BalanceIn(Currency.EUR), planned.BalanceIn(Currency.EUR));
            Assert.Equal(expected, planned.Items.SelectMany(i => i.Settlements).Where(s => s.ApplicationNumber == 0).Sum(s => s.Amount.Amount));
        });
    }
}
