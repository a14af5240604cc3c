using Receivables.Matching;
using Receivables.Matching.Statements;
using Receivables.Tests.Support;

using Receivables.Ledger;

namespace Receivables.Tests.Matching.Statements;

public class StatementDocsExampleTests
{
    [Fact]
    public void Docs_StatementsExample_ReadsBankAndWalletFiles()
    {
        var samples = Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples");
        var items = new[] { new OpenItem(new DocumentId("INV-2026-00106"), new CustomerId("C-1004"), Money.Of(8672.09m, "CNY"), new DateOnly(2026, 11, 19), new DateOnly(2027, 1, 3)) };

        // snippet: statements
        var options = new StatementReaderOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai") };
        using var camt = File.OpenRead(Path.Combine(samples, "bank-statement.camt053.xml"));
        var bank = CamtReader.Read(camt, options);
        using var bill = File.OpenRead(Path.Combine(samples, "wechat-bill.csv"));
        var wechat = WeChatPayBillReader.Read(bill, "wechat-bill.csv", options);

        // Only booked money that is not a reversal is matched; fees stay apart (Amount is the gross).
        var lines = bank.Lines.Concat(wechat.Lines).Where(l => l.Status == StatementLineStatus.Booked && !l.IsReversal).ToList();
        var fees = wechat.Lines.Aggregate(Money.Zero(Currency.CNY), (sum, l) => sum + (l.Fee ?? Money.Zero(Currency.CNY)));
        var result = MatchingEngine.Create().Match(lines, items);
        // end snippet

        Assert.Equal(27, bank.Lines.Length);
        Assert.Equal(3, wechat.Lines.Length);
        Assert.Equal(Money.Of(104.06m, "CNY"), fees);
        var paid = result.Lines.Single(l => l.Line.Id == "4200002026120200000000001");
        Assert.Equal(MatchDecision.AutoApply, paid.Decision);
        Assert.Equal("INV-2026-00106", paid.Allocations.Single().Item.Value);
    }

    [Fact]
    public void Docs_StatementsExample_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/matching.md", "statements");
    }
}
