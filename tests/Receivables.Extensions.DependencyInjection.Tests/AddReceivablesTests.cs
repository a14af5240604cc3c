using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Receivables.Aging;
using Receivables.Calendars;
using Receivables.Credit.Checks;
using Receivables.Credit.Scoring;
using Receivables.Ledger;
using Receivables.Matching;
using Receivables.Tests.Support;

namespace Receivables.Extensions.DependencyInjection.Tests;

public class AddReceivablesTests
{
    private const string AppSettings = """
        {
          "Receivables": {
            "Aging": { "Bounds": [ 30, 60, 90, 180, 365 ], "Basis": "DaysPastDue" },
            "Matching": { "AutoApplyThreshold": 0.95, "WriteOffToleranceAmount": 10 },
            "Credit": { "Weights": { "payment-index": 0.5 }, "OverdueHoldDays": 45 },
            "PaymentTerms": { "Standard": "NET 30", "Early": "2/10 NET 30" }
          }
        }
        """;

    [Fact]
    public void AddReceivables_FromConfiguration_ResolvesEveryEngine()
    {
        using var provider = Build(AppSettings);

        provider.GetRequiredService<IStartupValidator>().Validate();
        var aging = provider.GetRequiredService<AgingEngine>();
        var matching = provider.GetRequiredService<MatchingEngine>();
        var scorecard = provider.GetRequiredService<Scorecard>();
        var checker = provider.GetRequiredService<CreditChecker>();
        var calendars = provider.GetRequiredService<BusinessCalendarRegistry>();
        var terms = provider.GetRequiredService<PaymentTermCatalog>();

        Assert.Equal(6, aging.Scheme.Buckets.Count(b => !b.IsNotYetDue));
        Assert.Contains(aging.Scheme.Buckets, b => b.Label == "181-365");
        Assert.NotNull(matching);
        Assert.NotNull(checker);
        // payment-index 0.5 instead of 0.35: the other defaults sum to 0.65, so it weighs 0.5 / 1.15 after scaling.
        Assert.Equal(0.5 / 1.15, scorecard.Factors.Single(f => f.Factor.Name == "payment-index").Weight, 9);
        Assert.False(calendars.Get("cn").IsBusinessDay(new DateOnly(2026, 10, 1)));
        Assert.Equal(["Early", "Standard"], terms.Names);
    }

    [Fact]
    public void AddReceivables_Agings_UseTheConfiguredBounds()
    {
        using var provider = Build(AppSettings);
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-1"), acme, Money.Of(100m, "EUR"), new(2026, 1, 1), new(2026, 1, 31)));

        var report = provider.GetRequiredService<AgingEngine>().Age(new DateOnly(2026, 9, 30), ledger.AsOf(new DateOnly(2026, 9, 30)).OpenItems);

        var line = report.Sections.Single().Lines.Single();
        Assert.Equal(Money.Of(100m, "EUR"), line.Amounts[report.Scheme.Buckets.ToList().FindIndex(b => b.Label == "181-365")]);
    }

    [Fact]
    public void AddReceivables_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

        services.AddReceivables().AddReceivables();

        Assert.Single(services, d => d.ServiceType == typeof(AgingEngine));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ReceivablesOptions>));
    }

    [Fact]
    public void AddReceivables_HostRegistrationFirst_Wins()
    {
        var mine = AgingEngine.Create(AgingScheme.Create([15]));
        var services = new ServiceCollection();
        services.AddSingleton(mine);

        services.AddReceivables();
        using var provider = services.BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<AgingEngine>());
    }

    [Fact]
    public void ValidateOnStart_BadConfiguration_ReportsEveryErrorWithItsKey()
    {
        using var provider = Build("""
            {
              "Receivables": {
                "Aging": { "Bounds": [ 60, 30 ] },
                "Matching": { "AutoApplyThreshold": 1.5 },
                "Credit": { "Weights": { "paymnet-index": 0.5 } },
                "PaymentTerms": { "Broken": "NET thirty" },
                "CalendarFiles": { "HK": "/nonexistent/hk.txt" }
              }
            }
            """);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = error.Failures.ToList();
        Assert.Contains(failures, f => f.StartsWith("Receivables:Aging:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Receivables:Matching:AutoApplyThreshold:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Receivables:Credit:Weights:", StringComparison.Ordinal) && f.Contains("paymnet-index", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Receivables:PaymentTerms:Broken:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Receivables:CalendarFiles:HK:", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("(Parameter", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCalendar_ByNameAndByType_ResolvedByName()
    {
        var services = new ServiceCollection();
        services.AddReceivables(r => r
            .AddCalendar("GULF", BusinessCalendar.WeekendOnly("GULF", WeekendDays.FridaySaturday))
            .AddCalendar<NoWeekendCalendar>("ALWAYS"));
        using var provider = services.BuildServiceProvider();

        var calendars = provider.GetRequiredService<BusinessCalendarRegistry>();

        Assert.True(calendars.Get("gulf").IsBusinessDay(new DateOnly(2026, 12, 6)));
        Assert.True(calendars.Get("ALWAYS").IsBusinessDay(new DateOnly(2026, 12, 5)));
        Assert.Throws<KeyNotFoundException>(() => calendars.Get("MARS"));
    }

    [Fact]
    public void PublicApi_DependencyInjection_MatchesApprovedFile()
    {
        PublicApi.Verify(typeof(ReceivablesBuilder).Assembly, "Receivables.Extensions.DependencyInjection.txt");
    }

    private static ServiceProvider Build(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReceivables(r => r.BindConfiguration());
        return services.BuildServiceProvider();
    }

    private sealed class NoWeekendCalendar : IBusinessCalendar
    {
        public bool IsBusinessDay(DateOnly day) => true;
    }
}
