using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Receivables.Calendars;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Reminders;
using Receivables.SampleHost;
using Receivables.Tests.Support;

namespace Receivables.SampleHost.Tests;

/// <summary>Runs only where a PostgreSQL server is given in RECEIVABLES_POSTGRES (bash .ci/test starts one and sets it).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("RECEIVABLES_POSTGRES")))
        {
            Skip = "No PostgreSQL server: run through 'bash .ci/test', which installs and starts one and sets RECEIVABLES_POSTGRES.";
        }
    }
}

public class SampleHostTests
{
    private static readonly string Documents = Path.Combine(PublicApi.RepositoryRoot(), "docs", "samples", "documents.csv");

    [Fact]
    public async Task Run_Sqlite_HistoryWrittenAndReadBackReplaysToTheSameState()
    {
        var file = Path.Combine(Path.GetTempPath(), $"receivables-sample-{Guid.NewGuid():N}.db");
        try
        {
            var outcome = await Run($"Data Source={file};Pooling=False");

            Assert.True(outcome.Identical);
            Assert.True(outcome.Accounts >= 50);
            Assert.True(outcome.Events > 2_000);
            Assert.True(outcome.CreditChecks.Count >= 50);
            Assert.NotEmpty(outcome.Plan!.Proposals);
            Assert.NotEmpty(outcome.Worklist!.Entries);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [PostgresFact]
    public async Task Run_PostgreSql_HistoryWrittenAndReadBackReplaysToTheSameState()
    {
        var outcome = await Run(Environment.GetEnvironmentVariable("RECEIVABLES_POSTGRES")!);

        Assert.True(outcome.Identical);
        Assert.True(outcome.Accounts >= 50);
    }

    [Fact]
    public void Fingerprint_ChangedOpenAmount_Differs()
    {
        var ledger = SampleImport.Import(Documents);
        var account = ledger.Accounts.First(a => a.OpenItems.Any());
        var item = account.OpenItems.First();
        var changed = ledger.Update(account.Customer, a => a.WriteOff(item.Id, new("WO-TEST"), item.DueDate < item.DocumentDate ? item.DocumentDate : new DateOnly(2026, 12, 1), Money.Of(0.01m, item.Currency.Code)).Account);

        Assert.NotEqual(SampleRun.Fingerprint(ledger), SampleRun.Fingerprint(changed));
    }

    [Fact]
    public async Task Run_RemindersAndCreditChecks_SameAsCoreBuiltByHandFromTheSettings()
    {
        var file = Path.Combine(Path.GetTempPath(), $"receivables-sample-{Guid.NewGuid():N}.db");
        try
        {
            var outcome = await Run($"Data Source={file};Pooling=False");
            var ledger = SampleImport.Import(Documents);
            var asOf = outcome.Plan!.AsOf;

            // The oracle: Core's engines built by hand from the values in the sample's appsettings.json.
            var standard = ReminderPolicy.Create(new ReminderPolicyOptions
            {
                Name = "standard",
                Levels =
                {
                    new ReminderLevelOptions { Days = -5, MinIntervalDays = 5 },
                    new ReminderLevelOptions { Days = 3, Tone = ReminderTone.Firm, Channels = { ReminderChannel.Email, ReminderChannel.Messaging } },
                    new ReminderLevelOptions { Days = 20, Tone = ReminderTone.FinalDemand, Action = ReminderAction.FormalDemand, Channels = { ReminderChannel.Letter }, Fee = new ReminderFeeOptions { Fixed = { ["CNY"] = 50m, ["EUR"] = 5m, ["USD"] = 5m, ["JPY"] = 800m } } },
                },
            });
            var firm = ReminderPolicy.Create(new ReminderPolicyOptions
            {
                Name = "firm",
                Levels =
                {
                    new ReminderLevelOptions { Days = 1, Tone = ReminderTone.Firm, Channels = { ReminderChannel.Phone } },
                    new ReminderLevelOptions { Days = 10, Tone = ReminderTone.FinalDemand, Action = ReminderAction.FormalDemand, Channels = { ReminderChannel.Letter } },
                },
            });
            var view = ledger.AsOf(asOf);
            var directory = ReminderCustomers.Create(view.Accounts.Where(a => a.Items.Any(i => i.Document.IsDebit)).Select(a =>
            {
                var score = Scorecard.Default.Score(CreditProfile.FromAccount(a, asOf));
                return new ReminderCustomer(a.Customer)
                {
                    Grade = score.Grade,
                    PaymentIndex = score.SubScoreOf(CreditFactors.PaymentIndexName) is { } index ? decimal.Round((decimal)index, 1) : null,
                };
            }));
            var byHand = ReminderPlanner.Create(new ReminderPlannerOptions { Calendar = BusinessCalendars.ChinaMainland })
                .Plan(asOf, ledger, ReminderStrategy.For(standard).WithFirmLadder(firm), directory);
            var rules = new CreditCheckOptions();
            rules.Rules.Clear();
            rules.Rules.Add(CreditCheckRules.Limit(0.8m));
            rules.Rules.Add(CreditCheckRules.Overdue(holdDays: 45));
            var checker = CreditChecker.Create(rules);
            var expectedChecks = view.Accounts.Where(a => a.Items.Any(i => i.Document.IsDebit)).Select(a =>
            {
                var profile = CreditProfile.FromAccount(a, asOf);
                var limit = CreditPolicies.Default(SampleRun.BaseLimit(profile.Currency)).Assess(new CreditPolicyArguments(profile, Scorecard.Default.Score(profile))).Limit.Amount;
                var order = outcome.CreditChecks.Single(c => c.Customer == a.Customer).Order;
                return (a.Customer, checker.Check(order, CreditExposure.FromProfile(profile, limit)).Outcome);
            });

            Assert.Equal(Issued(byHand), Issued(outcome.Plan));
            Assert.Contains(outcome.Plan.Proposals, p => p.Policy == "firm");
            Assert.Contains(outcome.Plan.Proposals, p => p.Policy == "standard");
            Assert.Equal(expectedChecks.OrderBy(c => c.Customer), outcome.CreditChecks.Select(c => (c.Customer, c.Result.Outcome)).OrderBy(c => c.Customer));
            Assert.True(outcome.CreditChecks.Select(c => c.Result.Outcome).Distinct().Count() >= 2);
            Assert.Equal(outcome.Plan.Customers.Count(c => !c.Proposals.IsEmpty), outcome.Worklist!.Entries.Length);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<string> Issued(ReminderPlan plan)
        => [.. plan.ToIssued().Select(i => $"{i.Date}|{i.Customer}|{i.Policy}|{i.Level}|{i.Channel}|{i.Trigger}|{string.Join("+", i.Items)}|{string.Join("+", i.Fees)}").Order(StringComparer.Ordinal)];

    private static async Task<SampleOutcome> Run(string connectionString)
    {
        // The sample's own settings (appsettings.json), as the host reads them.
        var settings = Path.Combine(PublicApi.RepositoryRoot(), "samples", "Receivables.SampleHost", "appsettings.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddReceivables(r => r.BindConfiguration());
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        using var output = new StringWriter();

        var outcome = await SampleRun.RunAsync(provider, connectionString, Documents, output, CancellationToken.None);

        var report = output.ToString();
        Assert.Contains("state identical: yes", report, StringComparison.Ordinal);
        Assert.Contains("Credit checks of a new order", report, StringComparison.Ordinal);
        Assert.Contains("Reminders on ", report, StringComparison.Ordinal);
        Assert.Contains("Collectors' worklist", report, StringComparison.Ordinal);
        return outcome;
    }
}
