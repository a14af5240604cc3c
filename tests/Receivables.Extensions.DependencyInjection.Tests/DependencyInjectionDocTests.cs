using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Receivables.Aging;
using Receivables.Calendars;
using Receivables.Ledger;
using Receivables.Reminders;
using Receivables.Tests.Support;

namespace Receivables.Extensions.DependencyInjection.Tests;

public class DependencyInjectionDocTests
{
    [Fact]
    public void Example_RunsAsDocumented()
    {
        // snippet: di-configuration
        var json = """
            {
              "Receivables": {
                "Aging": { "Bounds": [ 30, 60, 90, 180, 365 ] },
                "Matching": { "AutoApplyThreshold": 0.95 },
                "Credit": { "Weights": { "payment-index": 0.5 }, "OverdueHoldDays": 45 },
                "PaymentTerms": { "Standard": "NET 30", "Early": "2/10 NET 30" }
              }
            }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);

        services.AddReceivables(r => r
            .BindConfiguration()
            .AddCalendar("GULF", BusinessCalendar.WeekendOnly("GULF", WeekendDays.FridaySaturday)));

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();     // the Generic Host does this at start
        var aging = provider.GetRequiredService<AgingEngine>();
        var calendars = provider.GetRequiredService<BusinessCalendarRegistry>();
        var early = provider.GetRequiredService<PaymentTermCatalog>().Get("early");

        Assert.Equal(6, aging.Scheme.Buckets.Count(b => !b.IsNotYetDue));
        Assert.False(calendars.Get("CN").IsBusinessDay(new DateOnly(2026, 10, 1)));
        Assert.True(calendars.Get("GULF").IsBusinessDay(new DateOnly(2026, 12, 6)));
        Assert.Single(early.Lines.Single().Discounts);
        // end snippet
    }

    [Fact]
    public void Reminders_RunAsDocumented()
    {
        // snippet: di-reminders
        var json = """
            {
              "Receivables": {
                "Reminders": {
                  "Policies": {
                    "standard": { "Levels": [ { "Days": -5 }, { "Days": 3, "Tone": "Firm", "Fee": { "Fixed": { "CNY": 50 } } } ] },
                    "firm": { "Levels": [ { "Days": 1, "Tone": "Firm" }, { "Days": 15, "Tone": "FinalDemand", "Action": "FormalDemand", "Channels": [ "Letter" ] } ] }
                  },
                  "DefaultPolicy": "standard",
                  "FirmPolicy": "firm",
                  "Calendar": "CN",
                  "Worklist": { "Currency": "CNY" }
                }
              }
            }
            """;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build());
        services.AddReceivables(r => r.BindConfiguration());
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var shanghai = new CustomerId("C-1001");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-2026-101"), shanghai, Money.Of(11_300.00m, "CNY"), new(2026, 10, 8), new(2026, 11, 7)));
        var plan = provider.GetRequiredService<ReminderPlanner>().Plan(new DateOnly(2026, 11, 30), ledger, provider.GetRequiredService<ReminderStrategy>());
        var worklist = provider.GetRequiredService<CollectorWorklists>().Build(plan);

        var proposal = Assert.Single(plan.Proposals);
        Assert.Equal(("standard", 2), (proposal.Policy, proposal.Level));
        Assert.Equal([Money.Of(50.00m, "CNY")], proposal.Fees.ToArray());
        Assert.Equal(shanghai, Assert.Single(worklist.Entries).Customer);
        // end snippet
    }

    [Theory]
    [InlineData("di-configuration")]
    [InlineData("di-reminders")]
    public void Example_IsTheCodeInTheDoc(string snippet)
    {
        DocSnippets.AssertDocMatchesTest("docs/dependency-injection.md", snippet);
    }
}
