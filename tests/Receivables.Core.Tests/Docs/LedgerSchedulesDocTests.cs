using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

public class LedgerSchedulesDocTests
{
    [Fact]
    public void SchedulesExample_RunsAsDocumented()
    {
        // snippet: ledger-schedules
        var acme = new CustomerId("C-1");
        var invoice = Document.Invoice(new("INV-7"), acme, Money.Of(9_000m, "CNY"), new(2026, 1, 10), new(2026, 2, 9))
            .WithInstallments([
                new Installment(Money.Of(3_000m, "CNY"), new(2026, 2, 9)),
                new Installment(Money.Of(3_000m, "CNY"), new(2026, 3, 11)),
                new Installment(Money.Of(3_000m, "CNY"), new(2026, 4, 10)),
            ]);
        var account = CustomerAccount.Create(acme).Post(invoice)
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(3_000m, "CNY"), new(2026, 2, 8), "货款 INV-7"));
        account = account.Apply(new("PAY-1"), AllocationPolicies.ByReference(), new(2026, 2, 8)).Account;

        // One open item per installment: INV-7/1 is paid, INV-7/2 and INV-7/3 stay open.
        Assert.Equal(["INV-7/2", "INV-7/3"], account.OpenItems.Select(o => o.Id.Value));

        // 延期: INV-7/2 moves to 30 April from 1 March on; views on earlier dates keep 11 March.
        account = account.ExtendDueDate(new("INV-7/2"), new(2026, 4, 30), new(2026, 3, 1), "cash-flow difficulty");
        Assert.Equal(new DateOnly(2026, 4, 30), account.OpenItems.First(o => o.Id == new DocumentId("INV-7/2")).DueDate);
        Assert.Equal(new DateOnly(2026, 3, 11), account.AsOf(new(2026, 2, 28)).OpenItems.First().DueDate);

        // A payment plan takes over what is open on both installments (6,000) in two new installments.
        account = account.AgreePaymentPlan(new("PLAN-1"), new(2026, 5, 15), [new("INV-7/2"), new("INV-7/3")], [
            new Installment(Money.Of(2_500m, "CNY"), new(2026, 6, 15)),
            new Installment(Money.Of(3_500m, "CNY"), new(2026, 7, 15)),
        ]);
        Assert.Equal(["PLAN-1/1", "PLAN-1/2"], account.OpenItems.Select(o => o.Id.Value));
        Assert.Equal(Money.Of(6_000m, "CNY"), account.BalanceIn(Currency.CNY));

        // Broken in June with acceleration: what is still open falls due on the cancellation date.
        account = account.CancelPaymentPlan(new("PLAN-1"), new(2026, 6, 20), accelerate: true, "installment 1 unpaid");
        Assert.Equal([new DateOnly(2026, 6, 15), new(2026, 6, 20)], account.OpenItems.Select(o => o.DueDate));
        // end snippet
    }

    [Fact]
    public void SchedulesExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger-schedules");
    }
}
