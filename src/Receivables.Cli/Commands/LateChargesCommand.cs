using System.CommandLine;
using System.Globalization;
using Receivables.Ledger;
using Receivables.Terms;

namespace Receivables.Cli.Commands;

/// <summary><c>receivables late-charges</c>: the late-charge run of a period (滞纳金), as debit notes.</summary>
internal static class LateChargesCommand
{
    public static Command Create(CliContext context)
    {
        var documents = new Argument<FileInfo>("documents") { Description = "Documents CSV (the ledger, including the charge documents of earlier runs)." };
        var from = DateOptions.Required("--from", "The period's first day (yyyy-MM-dd).");
        var to = DateOptions.Required("--to", "The period's last day (yyyy-MM-dd), inclusive.");
        var asOf = LedgerCommand.AsOfOption();
        asOf.Description = "Payments known on this date count (yyyy-MM-dd). Default: the period's last day; not before it.";
        var policy = new Option<string>("--policy")
        {
            Description = "annual:<percent> (e.g. annual:8), daily:<percent> (e.g. daily:0.05), china (0.05 % a day) or none.",
            DefaultValueFactory = _ => "china",
        };
        var paymentDays = new Option<int>("--payment-days") { Description = "Days after the document date that a charge falls due.", DefaultValueFactory = _ => 0 };
        var chargeDisputed = new Option<bool>("--charge-disputed") { Description = "Charge items that are disputed on the as-of date too." };
        var post = new Option<FileInfo?>("--post") { Description = "Write the charge documents to this file, as documents CSV rows (append them to the documents file)." };
        var format = ReportWriter.FormatOption();
        var command = new Command("late-charges", "Charge interest and fixed sums on overdue and paid-late items of a period, as debit notes; no day is charged twice.")
        {
            documents, from, to, asOf, policy, paymentDays, chargeDisputed, post, format,
        };
        command.SetAction(parse => context.Guarded(() =>
        {
            var chosen = Policy(parse.GetValue(policy)!);
            if (chosen is null)
            {
                context.Error.WriteLine($"error: --policy '{parse.GetValue(policy)}' is not annual:<percent>, daily:<percent>, china or none.");
                return CliApp.InputError;
            }

            var first = parse.GetValue(from);
            var last = parse.GetValue(to);
            var date = parse.GetValue(asOf);
            if (last < first || date < last || parse.GetValue(paymentDays) < 0)
            {
                context.Error.WriteLine(last < first ? "error: --to is before --from." : date < last ? "error: --as-of is before --to: payments of the period's last days would be unknown." : "error: --payment-days must not be negative.");
                return CliApp.InputError;
            }

            var loaded = LedgerLoader.Load(parse.GetValue(documents)!.FullName);
            LateChargeRunResult result;
            try
            {
                result = LateChargeRun.Run(loaded.Ledger, first, last, chosen, new LateChargeRunOptions { AsOf = date, PaymentDays = parse.GetValue(paymentDays), ChargeDisputed = parse.GetValue(chargeDisputed) });
            }
            catch (ArgumentException ex)
            {
                context.Error.WriteLine($"error: {CliErrors.Describe(ex)}");
                return CliApp.InputError;
            }

            if (parse.GetValue(post) is { } file)
            {
                DateOptions.WriteCsv(file.FullName, DocumentsCsv.Columns, result.Documents.Select(d => Row(d, loaded)));
            }

            ReportWriter.Write(context, parse.GetValue(format), Lines(result, loaded), Totals(result));
            return CliApp.Success;
        }));
        return command;
    }

    private static ILateChargePolicy? Policy(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        if (lower == "china")
        {
            return LateChargePolicies.ChinaDefaultDailyRate;
        }

        if (lower == "none")
        {
            return LateChargePolicies.None;
        }

        var colon = lower.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !decimal.TryParse(lower[(colon + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent < 0m || percent > 1000m)
        {
            return null;
        }

        return lower[..colon] switch
        {
            "annual" => LateChargePolicies.AnnualRate(percent),
            "daily" => LateChargePolicies.DailyRate(percent),
            _ => null,
        };
    }

    /// <summary>A charge document as a documents CSV row (columns of <see cref="DocumentsCsv.Columns"/>).</summary>
    private static string[] Row(Document d, LoadedLedger loaded)
        =>
        [
            d.Id.Value, "debit_note", d.Customer.Value, loaded.NameOf(d.Customer), d.Currency.Code, ReportWriter.Amount(d.Amount),
            ReportWriter.Date(d.DocumentDate), ReportWriter.Date(d.DueDate), d.Reference ?? string.Empty, d.ContractNumber ?? string.Empty,
            d.BusinessType ?? string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
        ];

    private static Report Lines(LateChargeRunResult result, LoadedLedger loaded)
        => new(
            string.Create(CultureInfo.InvariantCulture, $"Late charges {ReportWriter.Date(result.From)} to {ReportWriter.Date(result.To)} (as of {ReportWriter.Date(result.AsOf)})"),
            [new("Customer"), new("Name"), new("Item"), new("First"), new("Last"), new("Days", true), new("Amount", true), new("Currency"), new("Charge"), new("Reason") { Role = ColumnRole.Wrappable }],
            [.. result.Lines.Select(l => (IReadOnlyList<string>)
            [
                l.Customer.Value, loaded.NameOf(l.Customer), l.Item.Value, ReportWriter.Date(l.First), ReportWriter.Date(l.Last),
                l.Days.ToString(CultureInfo.InvariantCulture), ReportWriter.Amount(l.Amount), l.Amount.Currency.Code, l.Charge?.Id.Value ?? string.Empty, l.Reason.Text,
            ])])
        {
            Key = "lateCharges",
        };

    private static Report Totals(LateChargeRunResult result)
        => new(
            "Late-charge totals",
            [new("Currency"), new("Documents", true), new("Amount", true)],
            [.. result.Totals.Select(t => (IReadOnlyList<string>)[t.Currency.Code, result.Documents.Count(d => d.Currency == t.Currency).ToString(CultureInfo.InvariantCulture), ReportWriter.Amount(t)])])
        {
            Key = "totals",
        };
}
