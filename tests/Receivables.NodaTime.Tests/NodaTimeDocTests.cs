using NodaTime;
using NodaTime.Testing;
using Receivables.Aging;
using Receivables.Ledger;
using Receivables.Reminders;
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

    [Fact]
    public void Reminders_RunAsDocumented()
    {
        // snippet: nodatime-reminders
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty
            .Post(LocalDateDocuments.Invoice(new("INV-1"), acme, Money.Of(1000m, "EUR"), new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31)));
        var policy = ReminderPolicy.Create(new ReminderPolicyOptions
        {
            Levels = { new ReminderLevelOptions { Days = 3 }, new ReminderLevelOptions { Days = 20, Tone = ReminderTone.Firm } },
        });
        var today = new LocalDate(2026, 11, 4);

        var plan = ReminderPlanner.Default.Plan(today, ledger, ReminderStrategy.For(policy));
        var profile = ledger.Accounts.Single().CreditProfileOn(today);

        Assert.Equal(1, Assert.Single(plan.Proposals).Level);
        Assert.Equal(today, plan.AsOf.ToLocalDate());
        Assert.Equal(Money.Of(1000m, "EUR"), profile.OpenReceivables);
        // end snippet
    }

    [Theory]
    [InlineData("nodatime-reminders")]
    [InlineData("nodatime-today")]
    [InlineData("nodatime-period")]
    public void Examples_AreTheCodeInTheDoc(string snippet)
    {
        DocSnippets.AssertDocMatchesTest("docs/nodatime.md", snippet);
    }
}
