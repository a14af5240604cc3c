using System.Globalization;
using System.CommandLine;
using Receivables.Matching;
using Receivables.Matching.Reconciliation;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables reconcile-statement</c>: our open items of a customer against the statement it confirms (对账单).</summary>
internal static class ReconcileStatementCommand
{
    public static Command Create(CliContext context)
    {
        var documents = new Argument<FileInfo>("documents") { Description = "Documents CSV (our ledger)." };
        var confirmed = new Argument<FileInfo>("customer-statement") { Description = "The customer's confirmed statement CSV (reference,amount,currency,kind,date)." };
        var customer = new Option<string>("--customer") { Description = "The customer id.", Required = true };
        var asOf = LedgerCommand.AsOfOption();
        var format = ReportWriter.FormatOption();
        var command = new Command("reconcile-statement", "Reconcile our open items with a customer's confirmed statement (对账单).") { documents, confirmed, customer, asOf, format };
        command.SetAction(parse => context.Guarded(() =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(documents)!.FullName);
            var theirs = CustomerStatementCsv.Read(parse.GetValue(confirmed)!.FullName);
            var id = new CustomerId(parse.GetValue(customer)!);
            var date = parse.GetValue(asOf) ?? LedgerCommand.LatestDate(loaded);
            var ours = loaded.Ledger.AsOf(date).OpenItems.Where(i => i.Customer == id).ToList();
            var currencies = theirs.Select(t => t.Amount.Currency).Concat(ours.Select(o => o.Currency)).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            if (currencies.Count == 0)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: customer {id} has no open items and the customer statement is empty."));
                return CliApp.InputError;
            }

            var reports = new List<Report>();
            foreach (var currency in currencies)
            {
                var result = StatementReconciliation.Reconcile(ours.Where(o => o.Currency == currency), theirs.Where(t => t.Amount.Currency == currency));
                reports.Add(new Report(
                    string.Create(CultureInfo.InvariantCulture, $"Statement reconciliation {id} {loaded.NameOf(id)} ({currency.Code})"),
                    [new("Status"), new("Reference"), new("Ours", true), new("Theirs", true), new("Difference", true)],
                    [.. result.Lines.Select(l => (IReadOnlyList<string>)[Status(l.Status), l.Reference, l.Ours is { } o ? ReportWriter.Amount(o) : string.Empty, l.Theirs is { } t ? ReportWriter.Amount(t) : string.Empty, ReportWriter.Amount(l.Difference)])]));
                reports.Add(new Report(
                    $"Totals {currency.Code}",
                    [new("Our open items", true), new("Customer balance", true), new("Difference", true), new("Agreed")],
                    [[ReportWriter.Amount(result.OurTotal), ReportWriter.Amount(result.TheirTotal), ReportWriter.Amount(result.Difference), result.IsAgreed ? "yes" : "no"]]));
            }

            ReportWriter.Write(context, parse.GetValue(format), [.. reports]);
            return CliApp.Success;
        }));
        return command;
    }

    private static string Status(ReconciliationStatus status) => status switch
    {
        ReconciliationStatus.Matched => "matched",
        ReconciliationStatus.AmountDifference => "amount difference",
        ReconciliationStatus.MissingOnTheirSide => "missing on their side",
        ReconciliationStatus.MissingOnOurSide => "missing on our side",
        _ => "payment in transit",
    };
}
