using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.Tests.Docs;

public class ReadmeTests
{
    [Fact]
    public void QuickStart_RunsAndPrintsWhatTheReadmeSays()
    {
        using var output = new StringWriter();
        Console.Out = output;

        // snippet: readme
        var acme = new CustomerId("C-1001");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(1000.00m, "EUR"), new(2026, 1, 10), new(2026, 2, 9)))
            .Post(Document.Invoice(new("INV-2"), acme, Money.Of(500.00m, "EUR"), new(2026, 1, 31), new(2026, 3, 2)))
            .Post(Document.Payment(new("PAY-1"), acme, Money.Of(1200.00m, "EUR"), new(2026, 2, 15), "INV-2"));

        var applied = ledger.Apply(new("PAY-1"), AllocationPolicies.ByReference(), new(2026, 2, 15));

        var account = applied.Ledger.Account(acme);
        Console.WriteLine(account.BalanceIn(Currency.EUR));            // 300.00 EUR
        foreach (var item in account.OpenItems)
            Console.WriteLine($"{item.Id} open {item.Open}");          // INV-1 open 300.00 EUR
        Console.WriteLine(string.Join(" | ", Money.Of(100m, "EUR").Allocate(3)));  // 33.34 EUR | 33.33 EUR | 33.33 EUR
        // end snippet

        Assert.Equal("300.00 EUR\nINV-1 open 300.00 EUR\n33.34 EUR | 33.33 EUR | 33.33 EUR\n", output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void QuickStart_IsTheCodeInTheReadme()
    {
        DocSnippets.AssertDocMatchesTest("README.md", "readme");
    }

    /// <summary>Stands in for <see cref="System.Console"/> inside this class, so the example's output is captured without global state.</summary>
    private static class Console
    {
        [ThreadStatic]
        private static TextWriter? _out;

        public static TextWriter Out
        {
            get => _out ?? throw new InvalidOperationException("No output set.");
            set => _out = value;
        }

        public static void WriteLine(object? value) => Out.WriteLine(value);
    }
}
