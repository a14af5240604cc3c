using Receivables.Ledger;

namespace Receivables.Tests.Ledger;

public class ReceiptTests
{
    private static readonly CustomerId Acme = new("C-1");
    private static readonly ReasonCode Fee = new("ledger-test.bank-fee", "bank fee {amount}", "银行手续费 {amount}");
    private static readonly ReasonCode Damaged = new("ledger-test.damaged", "goods damaged", "货物损坏");

    private static ReceivablesLedger TwoInvoices()
        => ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), Acme, Money.Of(1_130.00m, "CNY"), new(2026, 3, 1), new(2026, 3, 31)))
            .Post(Document.Invoice(new("INV-2"), Acme, Money.Of(500.00m, "CNY"), new(2026, 3, 2), new(2026, 4, 1)));

    [Fact]
    public void PostReceipt_CashDiscountWithTaxWriteOffDeductionAndRest_EveryPartRecordedAndMoneyAddsUp()
    {
        var payment = Document.Payment(new("PAY-1"), Acme, Money.Of(1_500.00m, "CNY"), new(2026, 3, 10), "INV-1 INV-2");
        var receipt = new Receipt(payment, [
            new ReceiptLine(new("INV-1"), Money.Of(1_100.00m, "CNY"), discount: Money.Of(22.60m, "CNY"), discountTaxRate: 0.13m, writeOff: Money.Of(7.40m, "CNY"), writeOffReason: Fee.With(7.40m)),
            new ReceiptLine(new("INV-2"), Money.Of(380.00m, "CNY"), deduction: Money.Of(120.00m, "CNY"), deductionReason: Damaged.With()),
        ]);

        var account = TwoInvoices().PostReceipt(receipt).Account(Acme);

        Assert.False(account.GetItem(new("INV-1")).IsOpen);
        Assert.Equal(Money.Of(20.00m, "CNY"), account.GetItem(new("PAY-1/DISC/INV-1")).Document.Amount);
        Assert.Equal(Money.Of(2.60m, "CNY"), account.GetItem(new("PAY-1/DISC-TAX/INV-1")).Document.Amount);
        Assert.Equal(DocumentKind.Discount, account.GetItem(new("PAY-1/DISC-TAX/INV-1")).Document.Kind);
        Assert.Equal("ledger-test.bank-fee", account.GetItem(new("PAY-1/WO/INV-1")).Document.Reference);
        Assert.Equal(Money.Of(120.00m, "CNY"), account.GetItem(new("INV-2")).Open);
        Assert.StartsWith("ledger-test.damaged", account.GetItem(new("INV-2")).Dispute!.Note, StringComparison.Ordinal);
        Assert.Equal(Money.Of(20.00m, "CNY"), receipt.Unapplied);
        Assert.Equal(Money.Of(20.00m, "CNY"), account.GetItem(new("PAY-1")).Open);
        Assert.Equal(Money.Of(100.00m, "CNY"), account.BalanceIn(Currency.CNY));
    }

    [Fact]
    public void PostReceipt_LineMoreThanOpen_RefusedNamingTheLineAndNothingRecorded()
    {
        var ledger = TwoInvoices();
        var receipt = new Receipt(Document.Payment(new("PAY-1"), Acme, Money.Of(600.00m, "CNY"), new(2026, 3, 10)), [
            new ReceiptLine(new("INV-1"), Money.Of(100.00m, "CNY")),
            new ReceiptLine(new("INV-2"), Money.Of(480.00m, "CNY"), writeOff: Money.Of(30.00m, "CNY"), writeOffReason: Fee.With(30m)),
        ]);

        var error = Assert.Throws<LedgerException>(() => ledger.PostReceipt(receipt));

        Assert.Equal("lines[1]", error.Field);
        Assert.False(ledger.TryGetOwner(new("PAY-1"), out _));
        Assert.Equal(2, ledger.Account(Acme).History.Count);
    }

    [Fact]
    public void PostReceipt_DeductionOnDisputedItem_RefusedAndNothingRecorded()
    {
        var ledger = TwoInvoices().Update(Acme, a => a.OpenDispute(new("INV-2"), new(2026, 3, 5), "price"));
        var receipt = new Receipt(Document.Payment(new("PAY-1"), Acme, Money.Of(1_130.00m, "CNY"), new(2026, 3, 10)), [
            new ReceiptLine(new("INV-1"), Money.Of(1_130.00m, "CNY")),
            new ReceiptLine(new("INV-2"), Money.Zero(Currency.CNY), deduction: Money.Of(50m, "CNY"), deductionReason: Damaged.With()),
        ]);

        var error = Assert.Throws<LedgerException>(() => ledger.PostReceipt(receipt));

        Assert.Equal(LedgerError.DisputeState, error.Error);
        Assert.Equal(Money.Of(1_130.00m, "CNY"), ledger.Account(Acme).GetItem(new("INV-1")).Open);
        Assert.False(ledger.TryGetOwner(new("PAY-1"), out _));
    }

    [Fact]
    public void Receipt_CashAboveThePayment_ThrowsNamingLines()
    {
        var payment = Document.Payment(new("PAY-1"), Acme, Money.Of(100m, "CNY"), new(2026, 3, 10));

        var error = Assert.Throws<ArgumentException>(() => new Receipt(payment, [new ReceiptLine(new("INV-1"), Money.Of(101m, "CNY"))]));

        Assert.Equal("lines", error.ParamName);
    }

    [Fact]
    public void ReceiptLine_WriteOffWithoutReason_ThrowsNamingTheReason()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReceiptLine(new("INV-1"), Money.Of(1m, "CNY"), writeOff: Money.Of(1m, "CNY")));

        Assert.Equal("writeOffReason", error.ParamName);
    }
}
