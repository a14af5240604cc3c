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
using Receivables.Reminders;
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
            "PaymentTerms": { "Standard": "NET 30", "Early": "2/10 NET 30" },
            "Reminders": {
              "Policies": {
                "standard": { "Levels": [ { "Days": -5, "MinIntervalDays": 5 }, { "Days": 3, "Tone": "Firm", "Fee": { "Fixed": { "EUR": 5 } } } ] },
                "firm": { "Levels": [ { "Days": 1, "Tone": "Firm" }, { "Days": 10, "Tone": "FinalDemand", "Action": "FormalDemand", "Channels": [ "Letter" ] } ] },
                "fapiao": { "Subject": "MissingInvoice", "Levels": [ { "Days": 3 } ] }
              },
              "DefaultPolicy": "standard",
              "FirmPolicy": "firm",
              "Segments": { "KA": "firm" },
              "Calendar": "CN",
              "MaxContacts": 3,
              "Worklist": { "Currency": "EUR", "Rates": { "CNY": 0.13 } }
            }
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
        var planner = provider.GetRequiredService<ReminderPlanner>();
        var policies = provider.GetRequiredService<ReminderPolicyCatalog>();
        var strategy = provider.GetRequiredService<ReminderStrategy>();
        var worklists = provider.GetRequiredService<CollectorWorklists>();
        var messages = provider.GetRequiredService<IReminderMessagePolicy>();

        Assert.Equal(6, aging.Scheme.Buckets.Count(b => !b.IsNotYetDue));
        Assert.Contains(aging.Scheme.Buckets, b => b.Label == "181-365");
        Assert.NotNull(matching);
        Assert.NotNull(checker);
        // payment-index 0.5 instead of 0.35: the other defaults sum to 0.65, so it weighs 0.5 / 1.15 after scaling.
        Assert.Equal(0.5 / 1.15, scorecard.Factors.Single(f => f.Factor.Name == "payment-index").Weight, 9);
        Assert.False(calendars.Get("cn").IsBusinessDay(new DateOnly(2026, 10, 1)));
        Assert.Equal(["Early", "Standard"], terms.Names);
        Assert.NotNull(planner);
        Assert.Equal(["fapiao", "firm", "standard"], policies.Names);
        Assert.Equal("firm", policies.Get("FIRM").Name);
        Assert.Equal(ReminderChannel.Letter, policies.Get("firm").Level(2).Channels.Single());
        Assert.Equal(Money.Of(5m, "EUR"), policies.Get("standard").Level(2).Fee.Calculate(Money.Of(100m, "EUR")));
        Assert.Same(policies.Get("standard"), strategy.Default);
        Assert.Same(policies.Get("firm"), strategy.Firm);
        Assert.Same(policies.Get("fapiao"), strategy.ForDocuments(ReminderSubject.MissingInvoice));
        Assert.Equal("EUR", worklists.Currency);
        Assert.Same(WorklistScorePolicies.ExpectedBenefit, worklists.Scorer);
        Assert.Same(ReminderMessagePolicies.BuiltIn, messages);
        Assert.Same(ReminderActionPolicies.Ladder, provider.GetRequiredService<IReminderActionPolicy>());
    }

    [Fact]
    public void AddReceivables_ReminderPlanFromTheContainer_SameAsCoreBuiltByHand()
    {
        using var provider = Build(AppSettings);
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty
            .Post(Document.Invoice(new("INV-1"), acme, Money.Of(1000m, "EUR"), new(2026, 9, 1), new(2026, 9, 30)))
            .Post(Document.Invoice(new("INV-2"), acme, Money.Of(500m, "EUR"), new(2026, 9, 15), new(2026, 10, 15)));
        var asOf = new DateOnly(2026, 10, 12);     // a Monday, after the National Day holiday
        var standard = ReminderPolicy.Create(new ReminderPolicyOptions
        {
            Levels = { new ReminderLevelOptions { Days = -5, MinIntervalDays = 5 }, new ReminderLevelOptions { Days = 3, Tone = ReminderTone.Firm, Fee = new ReminderFeeOptions { Fixed = { ["EUR"] = 5m } } } },
        });
        var byHand = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = BusinessCalendars.ChinaMainland, MaxContacts = 3 })
            .Plan(asOf, ledger, ReminderStrategy.For(standard));

        var plan = provider.GetRequiredService<ReminderPlanner>().Plan(asOf, ledger, provider.GetRequiredService<ReminderStrategy>());
        var worklist = provider.GetRequiredService<CollectorWorklists>().Build(plan);

        Assert.Equal(byHand.ToIssued().Select(i => (i.Level, i.Tone, string.Join("+", i.Items), string.Join("+", i.Fees))), plan.ToIssued().Select(i => (i.Level, i.Tone, string.Join("+", i.Items), string.Join("+", i.Fees))));
        Assert.Equal(2, plan.Proposals.Count());
        Assert.Equal(acme, Assert.Single(worklist.Entries).Customer);
        Assert.Equal(Money.Of(1500m, "EUR"), worklist.Entries[0].Overdue);
    }

    [Fact]
    public void AddReceivables_NoReminderPolicy_StartsAndExplainsWhenTheStrategyIsAskedFor()
    {
        using var provider = Build("""{ "Receivables": { } }""");

        provider.GetRequiredService<IStartupValidator>().Validate();
        var planner = provider.GetRequiredService<ReminderPlanner>();
        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ReminderStrategy>());

        Assert.NotNull(planner);
        Assert.Contains("Receivables:Reminders:Policies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_BadReminderConfiguration_ReportsEveryErrorWithItsKey()
    {
        using var provider = Build("""
            {
              "Receivables": {
                "Reminders": {
                  "Policies": {
                    "standard": { "PromiseGraceDays": -1, "Levels": [ { "Days": 5 }, { "Days": 3, "GraceDays": -2, "Fee": { "Percent": 150, "Cap": { "EUR": -1 } } } ] },
                    "empty": { }
                  },
                  "FirmPolicy": "frim",
                  "ActionPolicy": "Random",
                  "Calendar": "MARS",
                  "MaxContacts": 0,
                  "Worklist": { "Currency": "EURO", "Rates": { "USD": -1 } }
                }
              }
            }
            """);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var keys = error.Failures.Select(f => f[..f.IndexOf(": ", StringComparison.Ordinal)]).ToList();
        Assert.Contains("Receivables:Reminders:Policies:standard:PromiseGraceDays", keys);
        Assert.Contains("Receivables:Reminders:Policies:standard:Levels:1:Days", keys);
        Assert.Contains("Receivables:Reminders:Policies:standard:Levels:1:GraceDays", keys);
        Assert.Contains("Receivables:Reminders:Policies:standard:Levels:1:Fee:Percent", keys);
        Assert.Contains("Receivables:Reminders:Policies:standard:Levels:1:Fee:Cap:EUR", keys);
        Assert.Contains("Receivables:Reminders:Policies:empty:Levels", keys);
        Assert.Contains("Receivables:Reminders:ActionPolicy", keys);
        Assert.Contains("Receivables:Reminders:Calendar", keys);
        Assert.Contains("Receivables:Reminders:MaxContacts", keys);
        Assert.Contains("Receivables:Reminders:Worklist:Currency", keys);
        Assert.Contains("Receivables:Reminders:Worklist:Rates:USD", keys);
        Assert.DoesNotContain(error.Failures, f => f.Contains("(Parameter", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateOnStart_StrategyNamesUnknownOrDocumentPolicies_ReportsTheKeys()
    {
        using var provider = Build("""
            {
              "Receivables": {
                "Reminders": {
                  "Policies": {
                    "a": { "Levels": [ { "Days": 1 } ] },
                    "b": { "Levels": [ { "Days": 2 } ] },
                    "notes": { "Subject": "SignedDeliveryNote", "Levels": [ { "Days": 2 } ] },
                    "notes2": { "Subject": "SignedDeliveryNote", "Levels": [ { "Days": 4 } ] }
                  },
                  "FirmPolicy": "frim",
                  "Segments": { "KA": "notes" }
                }
              }
            }
            """);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var keys = error.Failures.Select(f => f[..f.IndexOf(": ", StringComparison.Ordinal)]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Receivables:Reminders:DefaultPolicy", "Receivables:Reminders:FirmPolicy", "Receivables:Reminders:Policies", "Receivables:Reminders:Segments:KA"], keys);
    }

    [Fact]
    public void UseReminderPolicies_CustomTypesAndACodePolicy_UsedByTheEngines()
    {
        var services = new ServiceCollection();
        var coded = ReminderPolicy.Create(new ReminderPolicyOptions { Name = "coded", Levels = { new ReminderLevelOptions { Days = 0 } } });
        services.AddReceivables(r => r
            .AddReminderPolicy(coded)
            .UseReminderActionPolicy<FirstLevelOnDueDate>()
            .UseWorklistScorePolicy<OverdueOnly>()
            .UseReminderMessagePolicy<PlainMessages>());
        services.AddReceivables();
        using var provider = services.BuildServiceProvider();
        var acme = new CustomerId("C-1");
        var ledger = ReceivablesLedger.Empty.Post(Document.Invoice(new("INV-1"), acme, Money.Of(80m, "CNY"), new(2026, 11, 1), new(2026, 11, 30)));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var plan = provider.GetRequiredService<ReminderPlanner>().Plan(new DateOnly(2026, 12, 30), ledger, provider.GetRequiredService<ReminderStrategy>());
        var worklist = provider.GetRequiredService<CollectorWorklists>().Build(plan);

        Assert.Same(coded, provider.GetRequiredService<ReminderStrategy>().Default);
        Assert.IsType<FirstLevelOnDueDate>(provider.GetRequiredService<IReminderActionPolicy>());
        Assert.IsType<PlainMessages>(provider.GetRequiredService<IReminderMessagePolicy>());
        Assert.Single(services, d => d.ServiceType == typeof(IReminderActionPolicy));
        Assert.Equal(1, Assert.Single(plan.Proposals).Level);
        Assert.Equal(80m, Assert.Single(worklist.Entries).Score.Value);
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
        Assert.All(
            new[] { typeof(ReminderPlanner), typeof(ReminderStrategy), typeof(ReminderPolicyCatalog), typeof(CollectorWorklists), typeof(IReminderActionPolicy), typeof(IWorklistScorePolicy), typeof(IReminderMessagePolicy) },
            type => Assert.Single(services, d => d.ServiceType == type));
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

    private sealed class FirstLevelOnDueDate : IReminderActionPolicy
    {
        public ReminderStep Choose(in ReminderActionArguments arguments)
            => arguments.LastLevel == 0
                ? new ReminderStep(1, arguments.DueDate, ReminderReasonCodes.Waiting.With(arguments.Item.Value, 1, arguments.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
                : ReminderStep.None(ReminderReasonCodes.LadderEnd.With(arguments.Item.Value, arguments.Policy.Name));
    }

    private sealed class OverdueOnly : IWorklistScorePolicy
    {
        public WorklistScore Score(in WorklistScoreArguments arguments) => new(arguments.Overdue, []);
    }

    private sealed class PlainMessages : IReminderMessagePolicy
    {
        public ReminderMessage Render(in ReminderMessageArguments arguments) => new("en", "Reminder", "Please pay.");
    }

    private sealed class NoWeekendCalendar : IBusinessCalendar
    {
        public bool IsBusinessDay(DateOnly day) => true;
    }
}
