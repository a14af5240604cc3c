using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Receivables.Aging;
using Receivables.Credit;
using Receivables.Credit.Checks;
using Receivables.Credit.Scoring;
using Receivables.Ledger;

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

        return new SampleOutcome(identical, reloaded.Accounts.Count(), events, report);
    }

    /// <summary>Everything observable about the ledger's state, for the replay check.</summary>
    public static string Fingerprint(ReceivablesLedger ledger)
        => string.Join(
            '\n',
            ledger.Accounts.SelectMany(a => a.Items.Select(i => $"{a.Customer}|{i.Id}|{i.Open}|{i.SettledOn}|{i.IsDisputed}|{i.Settlements.Count}")
                .Concat(a.Balances.Select(b => $"{a.Customer}|balance|{b}"))));
}

/// <summary>The outcome of a sample run.</summary>
internal sealed record SampleOutcome(bool Identical, int Accounts, int Events, AgingReport Aging);
