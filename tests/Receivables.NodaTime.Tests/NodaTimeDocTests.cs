using NodaTime;
using NodaTime.Testing;
using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Tests.Support;

namespace Receivables.NodaTime.Tests;

public class NodaTimeDocTests
{
    [Fact]
    public void Today_RunsAsDocumented()
    {
        // snippet: nodatime-today
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 4, 20, 30));     // SystemClock.Instance in production
        var asOf = clock.Today("Asia/Shanghai");                                 // 2026-12-05
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty
            .Post(LocalDateDocuments.Invoice(new("INV-1"), acme, Money.Of(1000m, "CNY"), new LocalDate(2026, 10, 10), new LocalDate(2026, 11, 9)));

        var report = AgingEngine.Create(AgingScheme.Create([30, 60, 90])).Age(asOf, ledger.AsOf(asOf).OpenItems);

        Assert.Equal(new DateOnly(2026, 12, 5), asOf);
        Assert.Equal(26, ledger.OpenItems.Single().DaysOverdue(asOf.ToLocalDate()));
        Assert.Equal(Money.Of(1000m, "CNY"), report.Sections.Single().GrandTotal);
        // end snippet
    }

    [Fact]
    public void Period_RunsAsDocumented()
    {
        // snippet: nodatime-period
        var monthLater = TermsDates.After(Period.FromMonths(1));

        Assert.Equal(new LocalDate(2026, 2, 28), monthLater.DueDate(new LocalDate(2026, 1, 31)));
        Assert.Equal(new LocalDate(2028, 2, 29), monthLater.DueDate(new LocalDate(2028, 1, 31)));
        // end snippet
    }

    [Theory]
    [InlineData("nodatime-today")]
    [InlineData("nodatime-period")]
    public void Examples_AreTheCodeInTheDoc(string snippet)
    {
        DocSnippets.AssertDocMatchesTest("docs/nodatime.md", snippet);
    }
}
