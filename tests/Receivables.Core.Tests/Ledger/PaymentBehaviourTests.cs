using Receivables.Ledger;

namespace Receivables.Tests.Ledger;

public class PaymentBehaviourTests
{
    private static readonly CustomerId Acme = new("C-ACME");

    [Fact]
    public void Compute_TwoInvoicesPaidLateAndEarly_WeightsByAmount()
    {
        // INV-1 900.00 due 31 Jan, paid 10 Feb (10 days late); INV-2 100.00 due 28 Feb, paid 18 Feb (10 days early).
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(900m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 29), new(2026, 2, 28)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(900m, "EUR"), new(2026, 2, 10)))
            .Apply(new("PAY-1"), AllocationPolicies.Specified(new Allocation(new("INV-1"), Money.Of(900m, "EUR"))), new(2026, 2, 10)).Account
            .Post(Document.Payment(new("PAY-2"), Acme, Money.Of(100m, "EUR"), new(2026, 2, 18)))
            .Apply(new("PAY-2"), AllocationPolicies.OldestDueFirst, new(2026, 2, 18)).Account;

        var behaviour = PaymentBehaviour.Compute(account.PaymentRecords()).Single();

        Assert.Equal(2, behaviour.RecordCount);
        Assert.Equal(Money.Of(1000m, "EUR"), behaviour.PaidAmount);
        Assert.Equal(((900m * 40m) + (100m * 20m)) / 1000m, behaviour.AverageDaysToPay);
        Assert.Equal(((900m * 10m) + (100m * -10m)) / 1000m, behaviour.AverageDaysBeyondTerms);
        Assert.Equal(0.9m, behaviour.LateShare);
    }

    [Fact]
    public void PaymentRecords_CreditNoteAndWriteOff_AreNotPayments()
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(500m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.CreditNote(new("CN-1"), Acme, Money.Of(100m, "EUR"), new(2026, 1, 5)))
            .Apply(new("CN-1"), AllocationPolicies.OldestDueFirst, new(2026, 1, 5)).Account
            .WriteOff(new("INV-1"), new("WO-1"), new(2026, 6, 30)).Account;

        Assert.Empty(account.PaymentRecords());
        Assert.Empty(PaymentBehaviour.Compute(account.PaymentRecords()));
    }

    [Fact]
    public void Compute_Window_CountsOnlyPaymentsInside()
    {
        var account = CustomerAccount.Create(Acme)
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(100m, "USD"), new(2025, 1, 1), new(2025, 1, 31)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(100m, "USD"), new(2026, 1, 1), new(2026, 1, 31)))
            .Post(Document.Payment(new("PAY-1"), Acme, Money.Of(200m, "USD"), new(2026, 3, 2)))
            .Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 3, 2)).Account;

        var inWindow = PaymentBehaviour.Compute(account.PaymentRecords(), new(2026, 1, 1), new(2026, 12, 31));
        var before = PaymentBehaviour.Compute(account.PaymentRecords(), null, new(2025, 12, 31));

        Assert.Equal(2, inWindow.Single().RecordCount);
        Assert.Empty(before);
        Assert.Throws<ArgumentException>(() => PaymentBehaviour.Compute([], new(2026, 2, 1), new(2026, 1, 1)));
    }
}
