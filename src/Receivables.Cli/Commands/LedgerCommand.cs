using System.CommandLine;
using System.Globalization;
using Receivables.Ledger;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables ledger</c>: balances and open items per customer from a documents CSV.</summary>
internal static class LedgerCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("documents") { Description = "Documents CSV (see docs/csv-formats.md)." };
        var asOf = AsOfOption();
        var customer = new Option<string?>("--customer") { Description = "Show only this customer id." };
        var format = ReportWriter.FormatOption();
        var command = new Command("ledger", "Ledger summary: balances and open items per customer.") { file, asOf, customer, format };
        command.SetAction(parse => context.Guarded(() =>
        {
            var loaded = LedgerLoader.Load(parse.GetValue(file)!.FullName);
            var date = parse.GetValue(asOf) ?? LatestDate(loaded);
            var only = parse.GetValue(customer);
            var accounts = loaded.Ledger.AsOf(date).Accounts.Where(a => only is null || a.Customer.Value == only).ToList();
            if (only is not null && accounts.Count == 0)
            {
                throw new UserInputException($"--customer: {only} is not a customer in {parse.GetValue(file)!.Name}.");
            }

            ReportWriter.Write(context, parse.GetValue(format), Balances(loaded, accounts, date), OpenItems(accounts, date));
            return CliApp.Success;
        }));
        return command;
    }

    public static Option<DateOnly?> AsOfOption() => new("--as-of")
    {
        Description = "As-of date (yyyy-MM-dd). Default: the latest document date in the file (never the machine's clock).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"'{text}' is not a date (yyyy-MM-dd).");
            return null;
        },
    };

    public static DateOnly LatestDate(LoadedLedger loaded)
        => loaded.Rows.Count == 0 ? DateOnly.MinValue : loaded.Rows.Max(r => r.Document.DocumentDate);

    private static Report Balances(LoadedLedger loaded, List<CustomerAccount> accounts, DateOnly asOf)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var account in accounts)
        {
            foreach (var balance in account.Balances)
            {
                var currency = balance.Currency;
                var open = account.OpenItems.Where(i => i.Currency == currency).ToList();
                var overdue = open.Where(i => i.DueDate < asOf).Aggregate(Money.Zero(currency), (s, i) => s + i.Open);
                var unapplied = account.UnappliedCredits.Where(i => i.Document.Currency == currency).Aggregate(Money.Zero(currency), (s, i) => s + i.Open);
                var openTotal = open.Aggregate(Money.Zero(currency), (s, i) => s + i.Open);
                rows.Add(
                [
                    account.Customer.Value, loaded.NameOf(account.Customer), currency.Code,
                    open.Count.ToString(CultureInfo.InvariantCulture), ReportWriter.Amount(openTotal), ReportWriter.Amount(overdue),
                    ReportWriter.Amount(unapplied), ReportWriter.Amount(balance),
                    open.Count(i => i.IsDisputed).ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }

        // One totals row per currency: customers' figures in different currencies are never added together.
        var totals = rows.GroupBy(r => r[2], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var currency = Currency.FromCode(g.Key);
            string Sum(int column) => ReportWriter.Amount(new Money(g.Sum(r => decimal.Parse(r[column], CultureInfo.InvariantCulture)), currency));
            string Count(int column) => g.Sum(r => int.Parse(r[column], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
            return (IReadOnlyList<string>)["TOTAL", string.Empty, g.Key, Count(3), Sum(4), Sum(5), Sum(6), Sum(7), Count(8)];
        }).ToList();
        return new Report(
            $"Balances as of {ReportWriter.Date(asOf)}",
            [new("Customer"), new("Name"), new("Currency"), new("Open items", true), new("Open", true), new("Overdue", true) { Role = ColumnRole.Overdue }, new("Unapplied", true), new("Balance", true), new("Disputed", true)],
            rows) { Key = "balances", AsOf = asOf, Totals = totals };
    }

    private static Report OpenItems(List<CustomerAccount> accounts, DateOnly asOf)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var account in accounts)
        {
            foreach (var item in account.OpenItems)
            {
                var daysOverdue = Math.Max(0, asOf.DayNumber - item.DueDate.DayNumber);
                var status = item.IsDisputed ? "disputed: " + item.Dispute!.Note
                    : item.Promise is { } p ? $"promised {ReportWriter.Date(p.PromisedDate)}{(p.IsBrokenOn(asOf) ? " (broken)" : string.Empty)}"
                    : item.Open < item.Original ? "partly paid"
                    : string.Empty;
                rows.Add(
                [
                    account.Customer.Value, item.Id.Value, KindName(item.Kind),
                    ReportWriter.Date(item.DocumentDate), ReportWriter.Date(item.DueDate),
                    daysOverdue.ToString(CultureInfo.InvariantCulture), item.Currency.Code,
                    ReportWriter.Amount(item.Original), ReportWriter.Amount(item.Open), status,
                ]);
            }
        }

        return new Report(
            $"Open items as of {ReportWriter.Date(asOf)}",
            [new("Customer"), new("Document"), new("Kind"), new("Date"), new("Due"), new("Days overdue", true) { Role = ColumnRole.Overdue }, new("Currency"), new("Amount", true), new("Open", true), new("Status")],
            rows) { Key = "openItems", AsOf = asOf };
    }

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Invoice => "invoice",
        DocumentKind.CreditNote => "credit_note",
        DocumentKind.DebitNote => "debit_note",
        DocumentKind.Payment => "payment",
        DocumentKind.Adjustment => "adjustment",
        DocumentKind.WriteOff => "write_off",
        DocumentKind.Discount => "discount",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };
}
