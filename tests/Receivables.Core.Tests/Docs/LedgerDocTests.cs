using Receivables.Ledger;
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
}
