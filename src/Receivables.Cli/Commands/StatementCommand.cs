using System.CommandLine;
using System.Globalization;
using Receivables.Ledger;
using Receivables.Matching.Reconciliation;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables statement</c>: a customer's statement of account (对账单) for a period.</summary>
internal static class StatementCommand
{
    /// <summary>The columns of the confirmation file: what <c>reconcile-statement</c> reads.</summary>
    public static readonly string[] ConfirmationColumns = ["reference", "amount", "currency", "kind", "date"];

    public static Command Create(CliContext context)
    {
        var documents = new Argument<FileInfo>("documents") { Description = "Documents CSV (the ledger)." };
        var customer = new Option<string>("--customer") { Description = "The customer id.", Required = true };
        var from = DateOptions.Required("--from", "The period's first day (yyyy-MM-dd).");
        var to = DateOptions.Required("--to", "The period's last day (yyyy-MM-dd), inclusive.");
        var confirmation = new Option<FileInfo?>("--confirmation") { Description = "Also write the open items at the end as the customer statement CSV that reconcile-statement reads (reference,amount,currency,kind,date)." };
        var format = ReportWriter.FormatOption();
        var command = new Command("statement", "A customer's statement of account (对账单): opening balance, movements, closing balance and open items.")
        {
            documents, customer, from, to, confirmation, format,
        };
        command.SetAction(parse => context.Guarded(() =>
        {
            var first = parse.GetValue(from);
            var last = parse.GetValue(to);
            if (last < first)
            {
                context.Error.WriteLine("error: --to is before --from.");
                return CliApp.InputError;
            }

            var loaded = LedgerLoader.Load(parse.GetValue(documents)!.FullName);
            var id = new CustomerId(parse.GetValue(customer)!);
            var currencies = StatementOfAccount.Currencies(loaded.Ledger, id, last);
            if (currencies.IsEmpty)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: customer {id} has no documents on or before {ReportWriter.Date(last)} in the file."));
                return CliApp.InputError;
            }

            var statements = currencies.Select(c => StatementOfAccount.Create(loaded.Ledger, id, c, first, last)).ToList();
            if (parse.GetValue(confirmation) is { } file)
            {
                DateOptions.WriteCsv(file.FullName, ConfirmationColumns, statements.SelectMany(s => CustomerStatementEntries.From(s)).Select(e => (IReadOnlyList<string>)
                [
                    e.Reference, ReportWriter.Amount(e.Amount), e.Amount.Currency.Code, "invoice", e.Date is { } d ? ReportWriter.Date(d) : string.Empty,
                ]));
            }

            var name = loaded.NameOf(id);
            ReportWriter.Write(context, parse.GetValue(format), [Summary(statements, id, name), Movements(statements), OpenItems(statements)]);
            return CliApp.Success;
        }));
        return command;
    }

    private static Report Summary(List<StatementOfAccount> statements, CustomerId id, string name)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"Statement of account {id} {name} {ReportWriter.Date(statements[0].From)} to {ReportWriter.Date(statements[0].To)}"),
            [new("Currency"), new("Opening balance", true), new("Debits", true), new("Credits", true), new("Closing balance", true), new("Open items", true), new("Unapplied credits", true)],
            [.. statements.Select(s => (IReadOnlyList<string>)
            [
                s.Currency.Code, ReportWriter.Amount(s.OpeningBalance), ReportWriter.Amount(s.Debits), ReportWriter.Amount(s.Credits), ReportWriter.Amount(s.ClosingBalance),
                ReportWriter.Amount(s.OpenItems.Aggregate(Money.Zero(s.Currency), (sum, i) => sum + i.Open)),
                ReportWriter.Amount(s.UnappliedCredits.Aggregate(Money.Zero(s.Currency), (sum, i) => sum + i.Open)),
            ])])
        {
            Key = "statement",
        };

    private static Report Movements(List<StatementOfAccount> statements)
        => new(
            "Movements",
            [new("Date"), new("Currency"), new("Movement"), new("Document"), new("Kind"), new("Applied to"), new("Amount", true), new("Balance", true), new("Reference") { Role = ColumnRole.Wrappable }],
            [.. statements.SelectMany(s => s.Movements.Select(m => (IReadOnlyList<string>)
            [
                ReportWriter.Date(m.Date), s.Currency.Code, Movement(m.Kind), m.Document.Value, LedgerCommand.KindName(m.DocumentKind), m.AppliedTo?.Value ?? string.Empty,
                ReportWriter.Amount(m.Amount), ReportWriter.Amount(m.Balance), m.Reference ?? string.Empty,
            ]))])
        {
            Key = "movements",
        };

    private static Report OpenItems(List<StatementOfAccount> statements)
        => new(
            "Open items",
            [new("Document"), new("Currency"), new("Document date"), new("Due date"), new("Original", true), new("Open", true)],
            [.. statements.SelectMany(s => s.OpenItems.Select(i => (IReadOnlyList<string>)
            [
                i.Id.Value, s.Currency.Code, ReportWriter.Date(i.DocumentDate), ReportWriter.Date(i.DueDate), ReportWriter.Amount(i.Original), ReportWriter.Amount(i.Open),
            ]))])
        {
            Key = "openItems",
        };

    private static string Movement(StatementMovementKind kind) => kind switch
    {
        StatementMovementKind.Document => "document",
        StatementMovementKind.Application => "application",
        _ => "reversal",
    };
}
