using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Receivables.Aging;
using Receivables.Calendars;
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
    public void Example_IsTheCodeInTheDoc()
    {
        DocSnippets.AssertDocMatchesTest("docs/dependency-injection.md", "di-configuration");
    }
}
