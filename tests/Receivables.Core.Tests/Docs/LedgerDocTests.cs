using System.Globalization;
using System.Text.Json;
using Receivables.Ledger;
using Receivables.Serialization;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

public class LedgerDocTests
{
    [Fact]
    public void Example_RunsAsDocumented()
    {
        // snippet: ledger
        var shanghai = new CustomerId("C-1001");
        var account = CustomerAccount.Create(shanghai)
            .Post(Document.Invoice(new("INV-2026-001"), shanghai, Money.Of(11_300.00m, "CNY"), new(2026, 1, 5), new(2026, 2, 4), contractNumber: "HT-2026-01"))
            .Post(Document.Invoice(new("INV-2026-002"), shanghai, Money.Of(5_650.00m, "CNY"), new(2026, 1, 20), new(2026, 2, 19)))
            .Post(Document.CreditNote(new("CN-2026-001"), shanghai, Money.Of(1_130.00m, "CNY"), new(2026, 1, 25), "退货 INV-2026-001"));

        account = account.Apply(new("CN-2026-001"), AllocationPolicies.ByReference(), new(2026, 1, 25)).Account;
        account = account.OpenDispute(new("INV-2026-002"), new(2026, 2, 1), "数量不符 quantity short");
        account = account.Post(Document.Payment(new("PAY-2026-001"), shanghai, Money.Of(12_000.00m, "CNY"), new(2026, 2, 10), "货款"));

        var result = account.Apply(new("PAY-2026-001"), AllocationPolicies.OldestDueFirst, new(2026, 2, 10));

        // INV-2026-001 is settled (11,300 − 1,130 credit − 10,170 paid); the disputed invoice is skipped;
        // 1,830.00 stays as unapplied cash, so the balance is 5,650.00 − 1,830.00 = 3,820.00.
        Assert.Equal(Money.Of(10_170.00m, "CNY"), result.Applied);
        Assert.Equal(Money.Of(1_830.00m, "CNY"), result.Unapplied);
        Assert.Equal(Money.Of(3_820.00m, "CNY"), result.Account.BalanceIn(Currency.CNY));
        Assert.Equal(CustomerAccount.Replay(shanghai, result.Account.History).BalanceIn(Currency.CNY), result.Account.BalanceIn(Currency.CNY));
        // end snippet
    }

    [Fact]
    public void Example_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger");
    }

    [Fact]
    public void TimeExample_RunsAsDocumented()
    {
        // snippet: ledger-time
        var acme = new CustomerId("C-1");
        var builder = ReceivablesLedger.CreateBuilder();
        builder.Post(Document.Invoice(new("INV-1"), acme, Money.Of(1_000m, "EUR"), new(2026, 3, 10), new(2026, 4, 9)));
        builder.Post(Document.Payment(new("PAY-1"), acme, Money.Of(400m, "EUR"), new(2026, 3, 28), "INV-1"));
        builder.Apply(new("PAY-1"), AllocationPolicies.ByReference(), new(2026, 3, 28));
        var ledger = builder.ToLedger();
        var reportedOn5April = ledger.Sequence;

        // Recorded on 7 April, back-dated into March: a credit note of 31 March.
        ledger = ledger.Post(Document.CreditNote(new("CN-1"), acme, Money.Of(100m, "EUR"), new(2026, 3, 31), "INV-1"));
        ledger = ledger.Apply(new("CN-1"), AllocationPolicies.ByReference(), new(2026, 3, 31)).Ledger;

        var march = new DateOnly(2026, 3, 31);
        Assert.Equal(Money.Of(500m, "EUR"), ledger.AsOf(march).Account(acme).BalanceIn(Currency.EUR));
        Assert.Equal(Money.Of(600m, "EUR"), ledger.AsKnownAt(reportedOn5April).AsOf(march).Account(acme).BalanceIn(Currency.EUR));

        var monthEnds = ledger.Snapshots([new(2026, 2, 28), march, new(2026, 4, 30)]);
        Assert.Equal([0m, 500m, 500m], monthEnds.Select(s => s.OpenItems.Sum(i => i.Open.Amount)));
        // end snippet
    }

    [Fact]
    public void TimeExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger-time");
    }

    [Fact]
    public void JsonExample_RunsAsDocumented()
    {
        // snippet: ledger-json
        var acme = new CustomerId("C-1");
        var account = CustomerAccount.Create(acme)
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(800.00m, "CNY"), new(2026, 1, 1), new(2026, 1, 31)))
            .RecordPromise(new("INV-1"), new(2026, 2, 5), new(2026, 2, 15), Money.Of(500.00m, "CNY"), "电话 phone")
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(300.00m, "CNY"), new(2026, 2, 10)));
        account = account.Apply(new("PAY-1"), AllocationPolicies.OldestDueFirst, new(2026, 2, 10)).Account;
        account = account.Annotate(new LedgerAnnotation(new(2026, 2, 16), "acme.call-log", new DocumentId("INV-1"), [new("outcome", "partly paid")]));

        string json = ReceivablesJson.SerializeHistory(account.History);
        var restored = CustomerAccount.Replay(acme, ReceivablesJson.DeserializeHistory(json));

        Assert.Equal(account.History, restored.History);
        Assert.Equal(PromiseState.PartlyKept, restored.PromiseStatus(new("INV-1"), new(2026, 2, 16))!.State);
        Assert.Equal("{\"amount\":500.00,\"currency\":\"CNY\"}", JsonSerializer.Serialize(restored.BalanceIn(Currency.CNY)));
        Assert.Equal(Money.Parse("500.00 CNY", CultureInfo.InvariantCulture), restored.BalanceIn(Currency.CNY));
        // end snippet
    }

    [Fact]
    public void JsonExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger-json");
    }

    [Fact]
    public void ReceiptExample_RunsAsDocumented()
    {
        // snippet: ledger-receipt
        var acme = new CustomerId("C-1");
        var damaged = new ReasonCode("acme.damaged", "goods damaged", "货物损坏");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(1_130.00m, "CNY"), new(2026, 3, 1), new(2026, 3, 31)))
            .Post(Document.Invoice(new("INV-2"), acme, Money.Of(500.00m, "CNY"), new(2026, 3, 2), new(2026, 4, 1)));

        // 1,500 received: INV-1 paid with a 2% discount (13% VAT included), INV-2 paid short by 120 (damaged goods).
        var receipt = new Receipt(
            Document.Payment(new("PAY-1"), acme, Money.Of(1_500.00m, "CNY"), new(2026, 3, 10), "INV-1 INV-2"),
            [
                new ReceiptLine(new("INV-1"), Money.Of(1_107.40m, "CNY"), discount: Money.Of(22.60m, "CNY"), discountTaxRate: 0.13m),
                new ReceiptLine(new("INV-2"), Money.Of(380.00m, "CNY"), deduction: Money.Of(120.00m, "CNY"), deductionReason: damaged.With()),
            ]);
        ledger = ledger.PostReceipt(receipt);

        var account = ledger.Account(acme);
        Assert.False(account.GetItem(new("INV-1")).IsOpen);
        Assert.Equal(Money.Of(2.60m, "CNY"), account.GetItem(new("PAY-1/DISC-TAX/INV-1")).Document.Amount);
        Assert.True(account.GetItem(new("INV-2")).IsDisputed);
        Assert.Equal(Money.Of(12.60m, "CNY"), receipt.Unapplied);
        Assert.Equal(Money.Of(107.40m, "CNY"), account.BalanceIn(Currency.CNY));
        // end snippet
    }

    [Fact]
    public void ReceiptExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/ledger.md", "ledger-receipt");
    }
}
