using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Receivables.Aging;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Policy;
using Receivables.Credit.Scoring;
using Receivables.Extensions.DependencyInjection;
using Receivables.Ledger;
using Receivables.Reminders;

namespace Receivables.SampleHost;

/// <summary>What the sample host does: import, store, reload and replay, then run the engines from the container.</summary>
internal static class SampleRun
{
    public static async Task<SampleOutcome> RunAsync(IServiceProvider services, string connectionString, string documentsPath, TextWriter output, CancellationToken cancel)
    {
        var imported = SampleImport.Import(documentsPath);
        var store = EventStore.Open(connectionString);
        await store.CreateAsync(cancel);
        await store.SaveAsync(imported, cancel);
        var reloaded = await store.LoadAsync(cancel);

        var identical = Fingerprint(imported) == Fingerprint(reloaded);
        var events = reloaded.Accounts.Sum(a => a.History.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store.Kind}: stored and replayed {reloaded.Accounts.Count()} accounts, {events} events; state identical: {(identical ? "yes" : "NO")}"));

        var asOf = reloaded.Accounts.SelectMany(a => a.Items).Max(i => i.Document.DocumentDate);
        var view = reloaded.AsOf(asOf);
        var report = services.GetRequiredService<AgingEngine>().Age(asOf, view.OpenItems);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Aging as of {asOf:yyyy-MM-dd}:"));
        foreach (var section in report.Sections)
        {
            var buckets = string.Join("  ", report.Scheme.Buckets.Select(b => $"{b.Label} {section.BucketTotals[b.Index].Amount:N2}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {section.Currency.Code}  total {section.GrandTotal.Amount:N2}  {buckets}"));
        }

        var scorecard = services.GetRequiredService<Scorecard>();
        var scored = view.Accounts
            .Select(a => scorecard.Score(CreditProfile.FromAccount(a, asOf)))
            .Where(s => s.IsRated)
            .OrderBy(s => s.Score)
            .Take(3)
            .ToList();
        output.WriteLine("Lowest credit scores:");
        foreach (var score in scored)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {score.Customer}  {score.Score:0.0}  {score.Grade}"));
        }

        var checks = CreditChecks(services, view, asOf);
        output.WriteLine("Credit checks of a new order of one month's purchases:");
        output.WriteLine("  " + string.Join("  ", Enum.GetValues<CreditCheckOutcome>().Select(o => string.Create(CultureInfo.InvariantCulture, $"{o} {checks.Count(c => c.Result.Outcome == o)}"))));
        foreach (var check in checks.Where(c => c.Result.Outcome >= CreditCheckOutcome.Hold).OrderByDescending(c => c.Result.Outcome).ThenBy(c => c.Customer).Take(3))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {check.Customer}  {check.Result.Outcome}  {check.Result.Reasons[0].Code}  order {check.Order.Amount:N2}, limit {check.Limit.Amount:N2} {check.Limit.Currency.Code}"));
        }

        var (plan, worklist) = Reminders(services, reloaded, asOf, ReminderDirectory(checks), output);
        return new SampleOutcome(identical, reloaded.Accounts.Count(), events, report, checks, plan, worklist);
    }

    /// <summary>The base limit of the sample's credit policy per currency (the default grade table scales it).</summary>
    public static Money BaseLimit(Currency currency) => currency.Code switch
    {
        "CNY" => Money.Of(1_000_000m, "CNY"),
        "JPY" => Money.Of(20_000_000m, "JPY"),
        _ => new Money(150_000m, currency),
    };

    /// <summary>For every customer with invoices: score, assess (the default policy) and check a new order of one
    /// month's purchases against the limit, with the scorecard and checker of the container.</summary>
    public static List<SampleCreditCheck> CreditChecks(IServiceProvider services, ReceivablesLedger view, DateOnly asOf)
    {
        var scorecard = services.GetRequiredService<Scorecard>();
        var checker = services.GetRequiredService<CreditChecker>();
        var checks = new List<SampleCreditCheck>();
        foreach (var account in view.Accounts.Where(a => a.Items.Any(i => i.Document.IsDebit)))
        {
            var profile = CreditProfile.FromAccount(account, asOf);
            var score = scorecard.Score(profile);
            var assessment = CreditPolicies.Default(BaseLimit(profile.Currency)).Assess(new CreditPolicyArguments(profile, score));
            var order = new CreditOrder(account.Customer, profile.AverageMonthlyPurchases is { IsPositive: true } m ? new Money(decimal.Round(m.Amount, profile.Currency.MinorUnits), m.Currency) : new Money(1m, profile.Currency));
            var result = checker.Check(order, CreditExposure.FromProfile(profile, assessment.Limit.Amount));
            checks.Add(new SampleCreditCheck(account.Customer, order, assessment.Limit.Amount, result, score));
        }

        return checks;
    }

    /// <summary>What the credit assessment tells the reminder planner: each customer's grade and payment index, so the
    /// firm ladder (<c>Receivables:Reminders:FirmPolicy</c>) goes to customers whose payment index is below 50.</summary>
    public static ReminderCustomers ReminderDirectory(IEnumerable<SampleCreditCheck> checks)
        => ReminderCustomers.Create(checks.Select(c => new ReminderCustomer(c.Customer)
        {
            Grade = c.Score.Grade,
            PaymentIndex = c.Score.SubScoreOf(CreditFactors.PaymentIndexName) is { } index ? decimal.Round((decimal)index, 1) : null,
        }));

    /// <summary>The reminder plan of the day and the collectors' worklist, with the planner, strategy and worklist
    /// settings of the container (<c>Receivables:Reminders</c>).</summary>
    private static (ReminderPlan? Plan, CollectorWorklist? Worklist) Reminders(IServiceProvider services, ReceivablesLedger ledger, DateOnly asOf, ReminderCustomers customers, TextWriter output)
    {
        if (services.GetRequiredService<ReminderPolicyCatalog>().Names.Count == 0)
        {
            output.WriteLine("Reminders: no policy is configured (Receivables:Reminders:Policies).");
            return (null, null);
        }

        var plan = services.GetRequiredService<ReminderPlanner>().Plan(asOf, ledger, services.GetRequiredService<ReminderStrategy>(), customers);
        var worklist = services.GetRequiredService<CollectorWorklists>().Build(plan, customers);
        var proposals = plan.Proposals.ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Reminders on {asOf:yyyy-MM-dd}: {proposals.Count} to send to {plan.Customers.Count(c => !c.Proposals.IsEmpty)} customers, {plan.Customers.Sum(c => c.Skipped.Length)} items waiting or held"));
        foreach (var level in proposals.GroupBy(p => (p.Policy, p.Level)).OrderBy(g => g.Key.Policy, StringComparer.Ordinal).ThenBy(g => g.Key.Level))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {level.Key.Policy} level {level.Key.Level}: {level.Count()}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Collectors' worklist ({worklist.Entries.Length} customers), top 3:"));
        foreach (var entry in worklist.Entries.Take(3))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.Rank}. {entry.Customer}  {entry.Overdue.Amount:N2} {entry.Overdue.Currency.Code}  {entry.OldestDaysPastDue} days  level {entry.HighestLevel}"));
        }

        return (plan, worklist);
    }

    /// <summary>Everything observable about the ledger's state, for the replay check.</summary>
    public static string Fingerprint(ReceivablesLedger ledger)
        => string.Join(
            '\n',
            ledger.Accounts.SelectMany(a => a.Items.Select(i => $"{a.Customer}|{i.Id}|{i.Open}|{i.SettledOn}|{i.IsDisputed}|{i.Settlements.Length}")
                .Concat(a.Balances.Select(b => $"{a.Customer}|balance|{b}"))));
}

/// <summary>The outcome of a sample run; the plan and worklist are null when no reminder policy is configured.</summary>
internal sealed record SampleOutcome(bool Identical, int Accounts, int Events, AgingReport Aging, IReadOnlyList<SampleCreditCheck> CreditChecks, ReminderPlan? Plan, CollectorWorklist? Worklist);

/// <summary>One order-time credit check of the sample.</summary>
internal sealed record SampleCreditCheck(CustomerId Customer, CreditOrder Order, Money Limit, CreditCheckResult Result, CreditScore Score);
